package dev.newsflow.publish.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * The tsqueries of a {@code q}, as PostgreSQL's text form, bound as parameters so the planner
 * estimates each statement with the real query.
 *
 * @param match for the stream, one query that matches each article read in its own language (see
 *     article_search_query in V2__search.sql); null for reads
 * @param arms for reads, one per distinct reading among the languages in use (see
 *     article_search_arms in V4__search_latency.sql); empty for the stream
 */
public record TextQuery(String match, List<Arm> arms) {

    public TextQuery {
        arms = List.copyOf(arms);
    }

    /**
     * The articles of some configurations and the reading of the query that matches them. Arms are
     * disjoint, so a statement over the union of its arms sees each article at most once.
     *
     * @param query the reading, as a tsquery
     * @param configs the configurations, as a regconfig[] literal; null: every article
     */
    public record Arm(String query, String configs) {

        /** The match on {@code a.<vector>} ({@code head} or {@code search}), as an {@code AND} condition. */
        public String condition(String vector) {
            return " AND a." + vector + " @@ CAST(? AS tsquery)"
                    + (configs == null ? "" : " AND a.search_config = ANY (CAST(? AS regconfig[]))");
        }

        /** The values of {@link #condition(String)}, in order; a copy the caller may append to. */
        public List<Object> params() {
            List<Object> params = new ArrayList<>();
            params.add(query);
            if (configs != null) {
                params.add(configs);
            }
            return params;
        }
    }
}
