/** Records that can never be enriched go to the raw topic's dead-letter topic, bytes untouched. */
package dev.newsflow.enrich.deadletter;
