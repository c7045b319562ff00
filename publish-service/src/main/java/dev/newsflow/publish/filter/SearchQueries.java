package dev.newsflow.publish.filter;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the SQL of a filter, reading its text query in the database's configurations first. */
@Component
public class SearchQueries {

    private static final String ARMS_SQL = "SELECT query, configs FROM article_search_arms(CAST(? AS text),"
            + " CAST(? AS text), CAST(? AS text))";
    private static final String MATCH_SQL = "SELECT CAST(article_search_query(CAST(? AS text), CAST(? AS text),"
            + " CAST(? AS text)) AS text)";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For reads of the store: the text query as arms, one per reading among the languages in use. */
    public FilterSql sql(ArticleFilter filter) {
        if (filter.text() == null) {
            return new FilterSql(filter, null);
        }
        List<TextQuery.Arm> arms = jdbc.sql(ARMS_SQL)
                .params(filter.language(), filter.text().words(), filter.text().prefixList())
                .query((rs, n) -> new TextQuery.Arm(rs.getString("query"), rs.getString("configs")))
                .list();
        return new FilterSql(filter, new TextQuery(null, arms));
    }

    /**
     * For the stream: the text query as one tsquery that holds in every language, including those
     * of articles not stored yet.
     */
    public FilterSql streamSql(ArticleFilter filter) {
        if (filter.text() == null) {
            return new FilterSql(filter, null);
        }
        String match = jdbc.sql(MATCH_SQL)
                .params(filter.language(), filter.text().words(), filter.text().prefixList())
                .query(String.class)
                .single();
        return new FilterSql(filter, new TextQuery(match, List.of()));
    }
}
