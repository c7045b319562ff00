/** Ranked key phrases of an article: runs of content words scored by frequency, position, length and rarity. */
package dev.newsflow.enrichment.keywords;
