package dev.newsflow.enrichment;

import dev.newsflow.contracts.EnrichedArticle;

/** An enriched article with the time each stage took to make it. */
public record TimedEnrichment(EnrichedArticle article, StageTimings timings) {
}
