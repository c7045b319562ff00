package dev.newsflow.publish.filter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the SQL of a filter, reading its text query in the database's configurations first. */
@Component
public class SearchQueries {

    private static final String TEXT_SQL = "SELECT CAST(article_search_query(CAST(? AS text), CAST(? AS text),"
            + " CAST(? AS text)) AS text) AS match, CAST(article_rank_query(CAST(? AS text), CAST(? AS text),"
            + " CAST(? AS text)) AS text) AS rank";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FilterSql sql(ArticleFilter filter) {
        if (filter.text() == null) {
            return new FilterSql(filter, null);
        }
        String language = filter.language();
        String words = filter.text().words();
        String prefixes = filter.text().prefixList();
        TextQuery text = jdbc.sql(TEXT_SQL)
                .params(language, words, prefixes, language, words, prefixes)
                .query((rs, n) -> new TextQuery(rs.getString("match"), rs.getString("rank")))
                .single();
        return new FilterSql(filter, text);
    }
}
