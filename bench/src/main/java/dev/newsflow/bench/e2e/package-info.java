/** The whole pipeline from the HTTP batch API to the read store: maximum sustained rate and latency at fixed rates. */
package dev.newsflow.bench.e2e;
