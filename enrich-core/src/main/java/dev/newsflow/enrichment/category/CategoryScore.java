package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;

/**
 * The article's topic and how sure the rules are of it.
 *
 * @param category the topic; {@link Category#UNCATEGORIZED} when no topic scored enough
 * @param score    in [0, 1]: the topic's share of all topic evidence times how dense that evidence
 *                 is in the text; 0 for {@link Category#UNCATEGORIZED}
 */
public record CategoryScore(Category category, double score) {
}
