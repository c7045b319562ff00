/** What each source repeats in all its articles, learned from the stream, bounded and durable. */
package dev.newsflow.enrichment.boilerplate;
