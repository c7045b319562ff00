package dev.newsflow.publish.query;

import java.util.List;

/**
 * Counts of the articles a filter matches, by category, language and source, largest first.
 *
 * @param total how many articles match
 */
record Facets(long total, List<Count> categories, List<Count> languages, List<Count> sources) {

    record Count(String value, long count) {
    }
}
