/** The enrichment facade: one raw article in, one enriched article out, in plain Java. */
package dev.newsflow.enrichment;
