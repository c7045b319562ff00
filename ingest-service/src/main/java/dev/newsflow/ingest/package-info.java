/** ingest-service: the HTTP edge that puts articles on the raw topic once the broker holds them. */
package dev.newsflow.ingest;
