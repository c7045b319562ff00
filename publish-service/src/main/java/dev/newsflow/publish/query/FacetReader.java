package dev.newsflow.publish.query;

import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.FilterSql;
import dev.newsflow.publish.filter.SearchQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facet counts for any filter, all three in one pass over the matching articles. */
@Repository
class FacetReader {

    private static final Comparator<Facets.Count> LARGEST_FIRST =
            Comparator.comparingLong(Facets.Count::count).reversed().thenComparing(Facets.Count::value);

    private final JdbcClient jdbc;
    private final SearchQueries queries;

    FacetReader(JdbcClient jdbc, SearchQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Facets count(ArticleFilter filter, int size) {
        FilterSql sql = queries.sql(filter);
        List<Facets.Count> categories = new ArrayList<>();
        List<Facets.Count> languages = new ArrayList<>();
        List<Facets.Count> sources = new ArrayList<>();
        jdbc.sql("SELECT a.category, a.language, a.source, GROUPING(a.category) AS by_category,"
                        + " GROUPING(a.language) AS by_language, count(*) AS n FROM articles a"
                        + " WHERE true" + sql.where()
                        + " GROUP BY GROUPING SETS ((a.category), (a.language), (a.source))")
                .params(sql.params())
                .query(rs -> {
                    if (rs.getInt("by_category") == 0) {
                        categories.add(new Facets.Count(rs.getString("category"), rs.getLong("n")));
                    } else if (rs.getInt("by_language") == 0) {
                        languages.add(new Facets.Count(rs.getString("language"), rs.getLong("n")));
                    } else if (rs.getString("source") != null) {
                        sources.add(new Facets.Count(rs.getString("source"), rs.getLong("n")));
                    }
                });
        long total = categories.stream().mapToLong(Facets.Count::count).sum();
        return new Facets(total, top(categories, size), top(languages, size), top(sources, size));
    }

    private static List<Facets.Count> top(List<Facets.Count> counts, int size) {
        return counts.stream().sorted(LARGEST_FIRST).limit(size).toList();
    }
}
