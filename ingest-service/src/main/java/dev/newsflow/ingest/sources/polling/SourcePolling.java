package dev.newsflow.ingest.sources.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.intake.ArticleIntake;
import dev.newsflow.ingest.sources.SourcesProperties;
import dev.newsflow.ingest.sources.feeds.Listings;
import dev.newsflow.ingest.sources.registry.SourceDefinition;
import dev.newsflow.ingest.sources.registry.SourceRegistry;
import dev.newsflow.ingest.sources.registry.SourceState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the polls: a ticker looks every quarter second for sources this instance owns whose next
 * poll is due and hands them to a fixed pool of workers, never more than
 * {@code max-concurrent-polls} at once and never two polls of one source. Threads stay bounded
 * whatever the number of sources: a poll waiting for a host's turn is a scheduled task, not a
 * blocked thread.
 */
@Component
public class SourcePolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePolling.class);

    private record Due(SourceDefinition source, SourceState state) {
    }

    private static final long TICK_MILLIS = 250;
    private static final int PRUNE_EVERY_TICKS = 240;
    private static final int RECENTLY_TAKEN = 10_000;

    private final SourceRegistry registry;
    private final SourcesProperties properties;
    private final PoliteFetch fetch;
    private final Listings listings;
    private final ArticleIntake intake;
    private final SourceMetrics metrics;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    private ExecutorService workers;
    private SourcePoll.Context context;
    private int ticks;
    private volatile boolean started;
    private final AtomicBoolean tickPending = new AtomicBoolean();

    SourcePolling(SourceRegistry registry, IngestProperties properties, PoliteFetch fetch, Listings listings,
            ArticleIntake intake, MeterRegistry meters, Clock sourcesClock) {
        this.registry = registry;
        this.properties = properties.sources();
        this.fetch = fetch;
        this.listings = listings;
        this.intake = intake;
        this.metrics = new SourceMetrics(meters);
        this.clock = sourcesClock;
        Gauge.builder("newsflow.sources.registered", registry, r -> r.all().size())
                .description("Sources registered (all instances)").register(meters);
        Gauge.builder("newsflow.sources.owned", registry, SourceRegistry::ownedCount)
                .description("Sources this instance polls").register(meters);
        Gauge.builder("newsflow.sources.polls.active", running, Set::size)
                .description("Polls in progress on this instance").register(meters);
    }

    @Override
    public void start() {
        if (!properties.polling()) {
            log.info("Polling is off on this instance (newsflow.ingest.sources.polling=false)");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(named("sources-timer"));
        workers = Executors.newFixedThreadPool(properties.workerThreads(), named("sources-worker"));
        context = new SourcePoll.Context(fetch, listings, intake, registry, metrics, properties, clock, timer, workers,
                new RecentlyTaken(RECENTLY_TAKEN));
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        started = true;
    }

    @Override
    public void stop() {
        started = false;
        if (timer != null) {
            timer.shutdownNow();
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** After the registry (which it reads) has started, and stopped before it. */
    @Override
    public int getPhase() {
        return SourceRegistry.PHASE + 1;
    }

    private void tick() {
        tickPending.set(false);
        try {
            if (!registry.isLoaded()) {
                return;
            }
            Instant now = clock.instant();
            List<Due> due = new ArrayList<>();
            for (SourceDefinition source : registry.all()) {
                if (source.paused() || running.contains(source.id()) || !registry.owns(source.id())) {
                    continue;
                }
                SourceState state = registry.state(source.id());
                if (state.nextPollAt() == null || !now.isBefore(state.nextPollAt())) {
                    due.add(new Due(source, state));
                }
            }
            // the longest overdue first (never polled before all), so no source starves when polls queue up
            due.sort(Comparator.comparing((Due d) -> d.state().nextPollAt(), Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Due next : due) {
                if (running.size() >= properties.maxConcurrentPolls()) {
                    break;
                }
                String id = next.source().id();
                running.add(id);
                workers.execute(new SourcePoll(context, next.source(), next.state(), () -> finished(id)));
            }
            if (++ticks % PRUNE_EVERY_TICKS == 0) {
                metrics.retainOnly(registry.all().stream().map(SourceDefinition::id).collect(Collectors.toSet()));
            }
        } catch (RuntimeException e) {
            // the ticker must survive anything, or polling would stop for good
            log.error("Polling tick failed", e);
        }
    }

    /** A freed slot is filled at once, not at the next tick (one extra tick however many finish together). */
    private void finished(String id) {
        running.remove(id);
        if (started && tickPending.compareAndSet(false, true)) {
            try {
                timer.execute(this::tick);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
