package dev.newsflow.publish.store;

import dev.newsflow.contracts.EnrichedArticle;

/**
 * @param stored the article as the store holds it after the upsert, with its resolved {@code duplicateOf}
 */
public record StoreResult(StoreOutcome outcome, EnrichedArticle stored) {
}
