package dev.newsflow.publish.filter;

import dev.newsflow.contracts.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the SQL of a filter, reading its text query in the database's configurations first. */
@Component
public class SearchQueries {

    private static final String ARMS_SQL = "SELECT query, configs FROM article_search_arms(CAST(? AS text),"
            + " CAST(? AS text), CAST(? AS text))";
    private static final String MATCH_SQL = "SELECT CAST(article_search_query(CAST(? AS text), CAST(? AS text),"
            + " CAST(? AS text)) AS text)";

    /**
     * How many articles hold the entity under the types asked for (counters of every case), and
     * about how many articles there are (the planner's own estimate).
     */
    private static final String ENTITY_ARTICLES_SQL = "SELECT coalesce(sum(articles), 0) AS holding,"
            + " (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = CAST('articles' AS regclass)) AS stored"
            + " FROM entity_stats WHERE lower(name) = lower(CAST(? AS text)) AND type = ANY (CAST(? AS text[]))";

    /** Below this many articles holding the entity, looking them up first is cheap at any store size. */
    private static final long FEW_ARTICLES = 1_000;

    /** Articles read per page, about: what checking article by article must find. */
    private static final long PAGE = 20;

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For reads of the store: the text query as arms, one per reading among the languages in use. */
    public FilterSql sql(ArticleFilter filter) {
        boolean entityFirst = filter.entity() != null && entityIsRare(filter);
        if (filter.text() == null) {
            return new FilterSql(filter, null, entityFirst);
        }
        List<TextQuery.Arm> arms = jdbc.sql(ARMS_SQL)
                .params(filter.language(), filter.text().words(), filter.text().prefixList())
                .query((rs, n) -> new TextQuery.Arm(rs.getString("query"), rs.getString("configs")))
                .list();
        return new FilterSql(filter, new TextQuery(null, arms), entityFirst);
    }

    /**
     * Whether the articles holding the filter's entity are best looked up first. Looking up costs
     * about one probe per holding article; checking the newest articles one by one costs about
     * stored / holding probes per article of a page. The first is cheaper while holding² is below
     * stored × page.
     */
    private boolean entityIsRare(ArticleFilter filter) {
        return jdbc.sql(ENTITY_ARTICLES_SQL)
                .params(filter.entity(), types(filter.entityType()))
                .query((rs, n) -> {
                    long holding = rs.getLong("holding");
                    double stored = rs.getDouble("stored");
                    return holding <= FEW_ARTICLES || (double) holding * holding <= stored * PAGE;
                })
                .single();
    }

    /**
     * For the stream: the text query as one tsquery that holds in every language, including those
     * of articles not stored yet.
     */
    public FilterSql streamSql(ArticleFilter filter) {
        if (filter.text() == null) {
            return new FilterSql(filter, null, false);
        }
        String match = jdbc.sql(MATCH_SQL)
                .params(filter.language(), filter.text().words(), filter.text().prefixList())
                .query(String.class)
                .single();
        return new FilterSql(filter, new TextQuery(match, List.of()), false);
    }

    /** The types as an array literal: enum names need no quoting. */
    private static String types(EntityType type) {
        return Arrays.stream(FilterSql.typesAsked(type))
                .map(EntityType::name)
                .collect(Collectors.joining(",", "{", "}"));
    }
}
