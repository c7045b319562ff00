/** The machine's own limits: Kafka's performance tools and a bulk upsert into the same PostgreSQL. */
package dev.newsflow.bench.baseline;
