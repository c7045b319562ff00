/**
 * The source registry: sources and their polling state live on two compacted Kafka topics that
 * every ingest instance reads in full, and a consumer group over the sources topic decides which
 * instance polls which source.
 */
package dev.newsflow.ingest.sources.registry;
