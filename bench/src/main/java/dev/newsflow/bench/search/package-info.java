/** Latency of publish-service's search, filters and stream over a store of generated articles. */
package dev.newsflow.bench.search;
