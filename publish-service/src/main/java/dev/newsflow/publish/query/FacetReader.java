package dev.newsflow.publish.query;

import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.filter.ArticleFilter;
import dev.newsflow.publish.filter.FilterSql;
import dev.newsflow.publish.filter.SearchQueries;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facet counts for any filter, all three in one pass over the matching articles.
 *
 * <p>Without a text query the counts are exact and come from an index (V4__search_latency.sql).
 * With one, counting reads every match, so it is bounded: the matches among the newest
 * {@code facet-window} stored articles are counted first; when they and the older matches are at
 * most {@code facet-exact-limit} together, the older ones are counted too and the answer is exact,
 * else it is the window's and says so. A common word costs one pass over the window, a rare one two
 * short reads. Matches are found through the text index only (see {@link IndexPlans}).
 */
@Repository
class FacetReader {

    private static final Comparator<Facets.Count> LARGEST_FIRST =
            Comparator.comparingLong(Facets.Count::count).reversed().thenComparing(Facets.Count::value);
    private static final String GROUPED = "SELECT f.category, f.language, f.source, GROUPING(f.category) AS by_category,"
            + " GROUPING(f.language) AS by_language, count(*) AS n FROM (";
    private static final String GROUPS = ") f GROUP BY GROUPING SETS ((f.category), (f.language), (f.source))";

    private final JdbcClient jdbc;
    private final SearchQueries queries;
    private final TransactionTemplate transaction;
    private final int exactLimit;
    private final int window;

    FacetReader(JdbcClient jdbc, SearchQueries queries, PlatformTransactionManager transactions,
            PublishProperties properties) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.exactLimit = properties.paging().facetExactLimit();
        this.window = properties.paging().facetWindow();
    }

    Facets count(ArticleFilter filter, int size) {
        FilterSql sql = queries.sql(filter);
        if (sql.text() == null) {
            Counts all = new Counts();
            all.add(new StatementParts(GROUPED + "SELECT a.category, a.language, a.source FROM articles a"
                    + " WHERE true" + sql.fieldConditions() + GROUPS, sql.fieldParams()));
            return all.facets(size, true, null);
        }
        return transaction.execute(status -> {
            long bound = jdbc.sql("SELECT coalesce(max(seq), 0) FROM articles").query(Long.class).single();
            IndexPlans.serial(jdbc);
            IndexPlans.bitmapOnly(jdbc, true);
            // a bitmap of every match stays exact (no re-check of the vectors) in a store of millions
            jdbc.sql("SELECT set_config('work_mem', '32MB', true)").query(rs -> { });
            Counts counts = new Counts();
            counts.add(matches(sql, bound - window, null).append(GROUPS));
            if (bound <= window) {
                return counts.facets(size, true, null);
            }
            if (counts.total() <= exactLimit) {
                // the older matches, if there are few enough to make the count exact
                long room = exactLimit - counts.total();
                Counts older = new Counts();
                older.add(matches(sql, null, bound - window).append(" LIMIT ?", room + 1).append(GROUPS));
                if (older.total() <= room) {
                    counts.add(older);
                    return counts.facets(size, true, null);
                }
            }
            return counts.facets(size, false, window);
        });
    }

    /** The matching rows as the union of the text query's arms, with seq above {@code above} and up to {@code upTo}. */
    private static StatementParts matches(FilterSql sql, Long above, Long upTo) {
        StatementParts statement = new StatementParts(GROUPED + "SELECT m.* FROM (", List.of());
        statement.union(sql.text().arms(), arm -> {
            statement.appendAll("SELECT a.category, a.language, a.source FROM articles a WHERE true"
                    + arm.condition("search"), arm.params()).appendAll(sql.fieldConditions(), sql.fieldParams());
            if (above != null) {
                statement.append(" AND a.seq > ?", above);
            }
            if (upTo != null) {
                statement.append(" AND a.seq <= ?", upTo);
            }
        });
        return statement.append(") m");
    }

    /** Counts per value of each facet, added up over statements. */
    private final class Counts {

        private final Map<String, Long> categories = new HashMap<>();
        private final Map<String, Long> languages = new HashMap<>();
        private final Map<String, Long> sources = new HashMap<>();

        void add(StatementParts statement) {
            jdbc.sql(statement.sql().toString())
                    .params(statement.params())
                    .query(rs -> {
                        if (rs.getInt("by_category") == 0) {
                            categories.merge(rs.getString("category"), rs.getLong("n"), Long::sum);
                        } else if (rs.getInt("by_language") == 0) {
                            languages.merge(rs.getString("language"), rs.getLong("n"), Long::sum);
                        } else if (rs.getString("source") != null) {
                            sources.merge(rs.getString("source"), rs.getLong("n"), Long::sum);
                        }
                    });
        }

        void add(Counts other) {
            other.categories.forEach((value, n) -> categories.merge(value, n, Long::sum));
            other.languages.forEach((value, n) -> languages.merge(value, n, Long::sum));
            other.sources.forEach((value, n) -> sources.merge(value, n, Long::sum));
        }

        /** Every article has a category, so the category counts add up to the articles counted. */
        long total() {
            return categories.values().stream().mapToLong(Long::longValue).sum();
        }

        Facets facets(int size, boolean exact, Integer window) {
            return new Facets(total(), exact, window, top(categories, size), top(languages, size), top(sources, size));
        }

        private static List<Facets.Count> top(Map<String, Long> counts, int size) {
            return counts.entrySet().stream()
                    .map(entry -> new Facets.Count(entry.getKey(), entry.getValue()))
                    .sorted(LARGEST_FIRST)
                    .limit(size)
                    .toList();
        }
    }
}
