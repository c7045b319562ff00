/** The HTTP API: article and batch endpoints, bounded body reading, API keys and problem+json answers. */
package dev.newsflow.ingest.http;
