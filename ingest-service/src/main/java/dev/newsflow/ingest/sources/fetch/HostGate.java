package dev.newsflow.ingest.sources.fetch;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per-host politeness: at most one request start per interval (1/rate, or the host's robots.txt
 * crawl-delay when longer) and at most a number of requests in flight. Never blocks: a caller that
 * may not start now is told how long to wait and comes back then, so waiting holds no thread.
 */
public final class HostGate {

    /** Returned by {@link #tryEnter} when the caller may go ahead; it must {@link #leave} afterwards. */
    public static final long ENTERED = 0;

    private static final class Host {
        long nextStartNanos;
        int inFlight;
        long crawlDelayNanos;
    }

    private final long intervalNanos;
    private final int concurrency;
    private final LongSupplier clock;
    private final Map<String, Host> hosts = new HashMap<>();
    private final long maxCrawlDelayNanos;

    public HostGate(double requestsPerSecond, int concurrency, LongSupplier nanoClock) {
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
        this.concurrency = concurrency;
        this.clock = nanoClock;
        // a robots.txt asking for more than a minute between requests would stall polling; cap it
        this.maxCrawlDelayNanos = 60_000_000_000L;
    }

    /**
     * {@link #ENTERED} when a request to the host may start now (counted until {@link #leave}),
     * else the nanoseconds to wait before asking again.
     */
    public synchronized long tryEnter(String host) {
        long now = clock.getAsLong();
        Host state = hosts.computeIfAbsent(key(host), k -> new Host());
        long wait = state.nextStartNanos - now;
        if (state.inFlight >= concurrency) {
            // a slot frees when a request ends; come back after an interval, and not sooner than 10 ms
            return Math.max(wait, Math.max(intervalNanos, 10_000_000L));
        }
        if (wait > 0) {
            return wait;
        }
        state.inFlight++;
        state.nextStartNanos = now + Math.max(intervalNanos, state.crawlDelayNanos);
        return ENTERED;
    }

    public synchronized void leave(String host) {
        Host state = hosts.get(key(host));
        if (state != null && state.inFlight > 0) {
            state.inFlight--;
        }
        if (hosts.size() > 4096) {
            forgetIdle();
        }
    }

    /** robots.txt's Crawl-delay for the host (milliseconds, capped at a minute); 0 or less clears it. */
    public synchronized void crawlDelay(String host, long millis) {
        Host state = hosts.computeIfAbsent(key(host), k -> new Host());
        state.crawlDelayNanos = Math.min(Math.max(0, millis) * 1_000_000L, maxCrawlDelayNanos);
    }

    /** Hosts idle long enough that forgetting them changes nothing; keeps the map bounded by active hosts. */
    private void forgetIdle() {
        long now = clock.getAsLong();
        for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
            Host state = it.next();
            if (state.inFlight == 0 && state.nextStartNanos <= now) {
                it.remove();
            }
        }
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
