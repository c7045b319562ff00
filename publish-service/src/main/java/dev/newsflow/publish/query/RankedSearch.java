package dev.newsflow.publish.query;

import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.filter.FilterSql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One page of a text query in relevance order, as (seq, rank): the newest {@code rank-window}
 * articles matching in title, summary or keywords ({@code head}), most relevant first; then every
 * other match, rank 0, newest first (see V3__relevance.sql). Every statement is the union of the
 * query's arms (V4__search_latency.sql).
 *
 * <p>Each step is bounded whatever the planner estimates (see {@link IndexPlans}): where a walk
 * down seq finds its rows soon for a common word, it is confined to a window of the newest rows,
 * and whatever the window did not supply is found through the text index, which is cheap exactly
 * when the walk was not. The ranked window is ranked through the head index alone.
 */
@Repository
class RankedSearch {

    /** Rows below the start whose vectors the walk for the unranked matches may read. */
    static final int REST_WALK = 2_000;
    /** The newest rows, in multiples of rank-window, searched first for the ranked window. */
    static final int FLOOR_WINDOW_FACTOR = 10;
    private static final Comparator<Hit> ORDER =
            Comparator.comparingDouble(Hit::rank).reversed().thenComparing(Comparator.comparingLong(Hit::seq).reversed());

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int rankWindow;

    RankedSearch(JdbcClient jdbc, PlatformTransactionManager transactions, PublishProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.rankWindow = properties.paging().rankWindow();
    }

    record Hit(long seq, float rank) {
    }

    /** @param floor the lowest seq of the ranked window (0: every head match is ranked) */
    record Page(long floor, List<Hit> hits) {
    }

    /** Up to {@code rows} hits after the cursor (null: from the start), among seq up to {@code bound}. */
    Page page(FilterSql filter, Cursor after, long bound, int rows) {
        return transaction.execute(status -> {
            IndexPlans.serial(jdbc);
            long floor = after != null ? after.floor() : floor(filter, bound);
            List<Hit> hits = new ArrayList<>(ranked(filter, after, bound, floor, rows));
            hits.addAll(unranked(filter, after, bound, floor, rows));
            hits.sort(ORDER);
            return new Page(floor, List.copyOf(hits.subList(0, Math.min(rows, hits.size()))));
        });
    }

    /**
     * The lowest seq among the newest rank-window head matches; 0 when there are no more than that.
     * First among a window of the newest rows, as the planner sees fit (a walk down seq for a common
     * word). When the window holds too few, a window about twice as large as their density says is
     * needed, then every row, through the head index alone: reading every head match of a moderately
     * common pair of words touches pages all over the table, most of them cold.
     */
    private long floor(FilterSql filter, long bound) {
        long window = (long) FLOOR_WINDOW_FACTOR * rankWindow;
        HeadMatches newest = newestHeadMatches(filter, bound, bound - window);
        if (newest.count() >= rankWindow || bound <= window) {
            return newest.count() >= rankWindow ? newest.lowest() : 0;
        }
        long wider = window * Math.max(2, 2L * rankWindow / Math.max(1, newest.count()));
        IndexPlans.bitmapOnly(jdbc, true);
        HeadMatches found = newestHeadMatches(filter, bound, wider < bound ? bound - wider : null);
        if (found.count() < rankWindow && wider < bound) {
            found = newestHeadMatches(filter, bound, null);
        }
        IndexPlans.bitmapOnly(jdbc, false);
        return found.count() >= rankWindow ? found.lowest() : 0;
    }

    /** How many of the newest rank-window head matches up to bound and above {@code above} (null: any) exist, and the lowest seq of them. */
    private HeadMatches newestHeadMatches(FilterSql filter, long bound, Long above) {
        StatementParts statement = new StatementParts("SELECT count(*) AS n, coalesce(min(seq), 0) AS lowest FROM"
                + " (SELECT seq FROM (", List.of());
        statement.union(filter.text().arms(), arm -> {
            statement.appendAll("(SELECT a.seq FROM articles a WHERE true" + arm.condition("head"), arm.params())
                    .appendAll(filter.fieldConditions(), filter.fieldParams())
                    .append(" AND a.seq <= ?", bound);
            if (above != null) {
                statement.append(" AND a.seq > ?", above);
            }
            statement.append(" ORDER BY a.seq DESC LIMIT ?)", rankWindow);
        });
        statement.append(") h ORDER BY seq DESC LIMIT ?) t", rankWindow);
        return jdbc.sql(statement.sql().toString()).params(statement.params())
                .query((rs, n) -> new HeadMatches(rs.getInt("n"), rs.getLong("lowest")))
                .single();
    }

    private record HeadMatches(int count, long lowest) {
    }

    /** The ranked window's next rows: head matches from floor to bound, through the index (at most rank-window). */
    private List<Hit> ranked(FilterSql filter, Cursor after, long bound, long floor, int rows) {
        StatementParts statement = new StatementParts("SELECT seq, rank FROM (", List.of());
        statement.union(filter.text().arms(), arm -> statement
                .append("SELECT a.seq, ts_rank_cd(a.head, CAST(? AS tsquery)) AS rank FROM articles a WHERE true",
                        arm.query())
                .appendAll(arm.condition("head"), arm.params())
                .appendAll(filter.fieldConditions(), filter.fieldParams())
                .append(" AND a.seq BETWEEN ? AND ?", floor, bound));
        statement.sql().append(") m");
        if (after != null) {
            statement.append(" WHERE (rank, seq) < (CAST(? AS real), ?)", after.rank(), after.seq());
        }
        statement.append(" ORDER BY rank DESC, seq DESC LIMIT ?", rows);
        IndexPlans.bitmapOnly(jdbc, true);
        List<Hit> hits = hits(statement);
        IndexPlans.bitmapOnly(jdbc, false);
        return hits;
    }

    /** Every other match, newest first: a walk through the newest rows below the start, then the index. */
    private List<Hit> unranked(FilterSql filter, Cursor after, long bound, long floor, int rows) {
        long start = after != null && after.rank() == 0 ? Math.min(bound, after.seq() - 1) : bound;
        List<Hit> hits = new ArrayList<>(hits(unranked(filter, floor, start, start - REST_WALK, rows)));
        if (hits.size() < rows && start > REST_WALK) {
            IndexPlans.bitmapOnly(jdbc, true);
            hits.addAll(hits(unranked(filter, floor, start - REST_WALK, null, rows - hits.size())));
            IndexPlans.bitmapOnly(jdbc, false);
        }
        return hits;
    }

    private static StatementParts unranked(FilterSql filter, long floor, long upTo, Long above, int rows) {
        StatementParts statement = new StatementParts("SELECT seq, CAST(0 AS real) AS rank FROM (", List.of());
        statement.union(filter.text().arms(), arm -> {
            statement.appendAll("(SELECT a.seq FROM articles a WHERE true" + arm.condition("search"), arm.params())
                    .append(" AND NOT (a.head @@ CAST(? AS tsquery) AND a.seq >= ?)", arm.query(), floor)
                    .appendAll(filter.fieldConditions(), filter.fieldParams())
                    .append(" AND a.seq <= ?", upTo);
            if (above != null) {
                statement.append(" AND a.seq > ?", above);
            }
            statement.append(" ORDER BY a.seq DESC LIMIT ?)", rows);
        });
        return statement.append(") b ORDER BY seq DESC LIMIT ?", rows);
    }

    private List<Hit> hits(StatementParts statement) {
        return jdbc.sql(statement.sql().toString())
                .params(statement.params())
                .query((rs, n) -> new Hit(rs.getLong("seq"), rs.getFloat("rank")))
                .list();
    }
}
