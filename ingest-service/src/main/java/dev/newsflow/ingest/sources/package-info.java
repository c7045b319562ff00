/**
 * Sources: ingest-service pulls news itself from feeds, sitemaps and pages, politely and safely,
 * and hands each page to the same intake as a posted {@code text/html} article.
 */
package dev.newsflow.ingest.sources;
