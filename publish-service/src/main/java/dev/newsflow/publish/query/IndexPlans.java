package dev.newsflow.publish.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Switches the planner of the current transaction between its own choice and text-index plans
 * only. A plan that matches by reading each row's vector de-TOASTs kilobytes per row, which the
 * planner does not charge for: on a word it misjudges as common it walks the whole table (seconds),
 * where the text index answers at once. Statements that may not walk far run with index plans only
 * (bitmap scans); statements bounded to a window of rows keep the planner's choice.
 */
final class IndexPlans {

    private static final String SET_SQL = "SELECT set_config('enable_seqscan', ?, true),"
            + " set_config('enable_indexscan', ?, true), set_config('enable_indexonlyscan', ?, true)";

    private IndexPlans() {
    }

    /**
     * Within a transaction: no parallel workers. Each statement of a search reads a few thousand rows
     * at most; starting workers costs more than that, and far more when the CPUs are busy.
     */
    static void serial(JdbcClient jdbc) {
        jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true)").query(rs -> { });
    }

    /** Within a transaction: bitmap plans only ({@code true}) or the planner's choice again. */
    static void bitmapOnly(JdbcClient jdbc, boolean only) {
        String value = only ? "off" : "on";
        jdbc.sql(SET_SQL).params(value, value, value).query(rs -> { });
    }
}
