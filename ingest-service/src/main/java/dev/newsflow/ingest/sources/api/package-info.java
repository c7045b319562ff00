/** The HTTP side of sources: {@code /api/v1/sources} and {@code POST /api/v1/articles/fetch}. */
package dev.newsflow.ingest.sources.api;
