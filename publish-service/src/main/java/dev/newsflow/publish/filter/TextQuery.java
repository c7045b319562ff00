package dev.newsflow.publish.filter;

/**
 * The tsqueries of a {@code q}, as PostgreSQL's text form, bound as parameters so the planner
 * estimates each statement with the real query.
 *
 * @param match which articles match (see article_search_query in V2__search.sql)
 * @param rank how well they match (see article_rank_query)
 */
public record TextQuery(String match, String rank) {
}
