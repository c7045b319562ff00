/**
 * News text to measure newsflow with: folders of real pages and the text they should yield (the
 * layout {@code ./newsflow eval} scores and {@code ./newsflow bench} reads), pages rendered as a
 * plain-text scraper sees them, and a seeded generator of articles for where no real text is at hand.
 */
package dev.newsflow.corpus;
