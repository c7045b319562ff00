package dev.newsflow.publish.query;

import java.util.List;

/**
 * Counts of the articles a filter matches, by category, language and source, largest first.
 *
 * @param total how many articles were counted
 * @param exact whether every matching article was counted; false when a text query matched more
 *     articles than newsflow.publish.paging.facet-exact-limit, and only the matches among the newest
 *     {@code window} stored articles were counted
 * @param window when not exact, how many of the newest stored articles were searched; else null
 */
record Facets(long total, boolean exact, Integer window, List<Count> categories, List<Count> languages,
        List<Count> sources) {

    record Count(String value, long count) {
    }
}
