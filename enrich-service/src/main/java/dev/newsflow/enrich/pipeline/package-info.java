/** From a raw record to an enriched one: read, enrich, write, in one Kafka transaction per poll. */
package dev.newsflow.enrich.pipeline;
