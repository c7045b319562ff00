package dev.newsflow.publish.stream;

import dev.newsflow.publish.PublishProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the event log bounded (newsflow.publish.stream.retention): deletes the oldest events, a
 * batch per transaction, and records the highest position deleted in the same transaction, so a
 * client resuming below it is refused instead of silently missing events.
 */
@Component
public class EventLogPruner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventLogPruner.class);

    // the cut is the newest of the oldest batch that is beyond the count or the age; positions
    // commit in order, so everything at or below it is committed and goes
    private static final String PRUNE_SQL = """
            WITH cut AS (
                SELECT max(o.event_id) AS through
                FROM (SELECT event_id, created_at FROM article_events ORDER BY event_id LIMIT ?) o
                WHERE o.event_id <= (SELECT coalesce(max(event_id), 0) FROM article_events) - ?
                   OR o.created_at < now() - ? * interval '1 millisecond'),
            gone AS (DELETE FROM article_events e USING cut WHERE e.event_id <= cut.through RETURNING e.event_id)
            UPDATE article_events_pruned p SET pruned_through = greatest(p.pruned_through, c.through)
            FROM cut c WHERE c.through IS NOT NULL
            RETURNING (SELECT count(*) FROM gone)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PublishProperties.Retention retention;
    private volatile ScheduledExecutorService scheduler;

    EventLogPruner(JdbcClient jdbc, PlatformTransactionManager transactions, PublishProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.retention = properties.stream().retention();
    }

    /**
     * Deletes the events beyond the newest {@code maxEvents} and those older than {@code maxAge}.
     *
     * @return how many were deleted
     */
    public long prune(long maxEvents, Duration maxAge) {
        long total = 0;
        long deleted;
        do {
            deleted = transaction.execute(status -> jdbc.sql(PRUNE_SQL)
                    .params(retention.batch(), maxEvents, maxAge.toMillis())
                    .query(Long.class)
                    .optional()
                    .orElse(0L));
            total += deleted;
        } while (deleted >= retention.batch());
        return total;
    }

    private void pruneOnSchedule() {
        try {
            long deleted = prune(retention.maxEvents(), retention.maxAge());
            if (deleted > 0) {
                log.info("Pruned {} events from the event log", deleted);
            }
        } catch (RuntimeException e) {
            // the database may be down: the next run tries again, and nothing is lost by waiting
            log.warn("Pruning the event log failed, trying again in {}: {}", retention.pruneInterval(), e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "event-log-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long interval = retention.pruneInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pruneOnSchedule, interval, interval, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
