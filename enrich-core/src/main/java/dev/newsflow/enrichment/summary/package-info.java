/** Extractive summaries: the one to three sentences of an article that best cover it. */
package dev.newsflow.enrichment.summary;
