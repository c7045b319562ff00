package dev.newsflow.bench.e2e;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until every article of a part is either in the read store or dead-lettered, failing when
 * neither count moves for a while. Returns how many were dead-lettered.
 */
final class Completion {

    /** No new article stored for this long: time to look at the dead-letter topics. */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(3);

    private Completion() {
    }

    static long await(ReadStore store, DeadLetters deadLetters, String prefix, long total, Duration stall)
            throws SQLException {
        long seen = -1;
        long dead = 0;
        long progressAt = System.nanoTime();
        long lookedAt = 0;
        while (true) {
            long count = store.count(prefix);
            if (count + dead >= total) {
                return dead;
            }
            long now = System.nanoTime();
            if (count > seen) {
                seen = count;
                progressAt = now;
            } else if (now - progressAt > QUIET_NANOS && now - lookedAt > QUIET_NANOS) {
                long found = deadLetters.count(prefix);
                lookedAt = System.nanoTime();
                if (found > dead) {
                    dead = found;
                    progressAt = lookedAt;
                    continue;
                }
            }
            if (now - progressAt > stall.toNanos()) {
                throw new IllegalStateException("the read store holds " + count + " of " + total + " articles " + prefix
                        + "* (" + dead + " dead-lettered) and none arrived for " + stall.toSeconds()
                        + " s (see ./newsflow logs enrich|publish)");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }
}
