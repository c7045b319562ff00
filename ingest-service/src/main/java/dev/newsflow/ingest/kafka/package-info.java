/** Writing raw articles to Kafka with acks=all, remembering what the broker acknowledged, and the broker's health. */
package dev.newsflow.ingest.kafka;
