/**
 * Fetching from the web politely and safely: http/https only, SSRF guard after DNS resolution and
 * on every redirect, robots.txt, per-host rate and concurrency limits, bounded size, redirects and
 * time, decompression and character encodings. Plain Java over the JDK HttpClient.
 */
package dev.newsflow.ingest.sources.fetch;
