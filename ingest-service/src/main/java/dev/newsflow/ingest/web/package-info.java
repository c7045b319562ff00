/** What every endpoint shares: bounded and decompressed body reading, API keys, problem+json answers, OpenAPI. */
package dev.newsflow.ingest.web;
