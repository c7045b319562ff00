package dev.newsflow.bench.e2e;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Waits until the read store holds every article of a part, failing when it stops making progress. */
final class Completion {

    private Completion() {
    }

    static void await(ReadStore store, String prefix, long total, Duration stall) throws SQLException {
        long seen = -1;
        long progressAt = System.nanoTime();
        while (true) {
            long count = store.count(prefix);
            if (count >= total) {
                return;
            }
            if (count > seen) {
                seen = count;
                progressAt = System.nanoTime();
            } else if (System.nanoTime() - progressAt > stall.toNanos()) {
                throw new IllegalStateException("the read store holds " + count + " of " + total + " articles "
                        + prefix + "* and none arrived for " + stall.toSeconds() + " s (see ./newsflow logs enrich|publish)");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }
}
