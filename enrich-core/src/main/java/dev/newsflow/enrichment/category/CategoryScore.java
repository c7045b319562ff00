package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;

/**
 * The article's topic and how sure the classifier is of it.
 *
 * @param category the topic; {@link Category#UNCATEGORIZED} when no topic is likely enough, the text
 *                 is too short, or its language is one the model does not read
 * @param score    in [0, 1]: the classifier's probability of the topic; 0 for {@link Category#UNCATEGORIZED}
 */
public record CategoryScore(Category category, double score) {
}
