package dev.newsflow.bench.e2e;

import dev.newsflow.bench.BenchArticles;
import dev.newsflow.bench.report.Latencies;
import dev.newsflow.bench.report.Measure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency at a fixed offered rate: small batches on a steady schedule (open loop: a slow answer does
 * not delay the next batch), then, once all are committed, ingest-to-commit of each article.
 */
public final class FixedRate {

    static final int MAX_BATCH = 50;

    private FixedRate() {
    }

    /** About 20 requests a second, 1 to 50 articles each. */
    static int batchSize(int rate) {
        return Math.max(1, Math.min(MAX_BATCH, Math.round(rate / 20f)));
    }

    public static Measure run(BenchArticles articles, int rate, int seconds, BatchSender sender, ReadStore store,
            DeadLetters deadLetters) throws Exception {
        int total = Math.max(1, rate * seconds);
        int batch = batchSize(rate);
        long periodNanos = Math.round(batch * 1e9 / rate);
        AtomicInteger scheduled = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch allScheduled = new CountDownLatch(1);
        List<Future<?>> sends = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        try {
            clock.scheduleAtFixedRate(() -> {
                int from = scheduled.getAndAdd(batch);
                if (from >= total) {
                    allScheduled.countDown();
                    return;
                }
                int size = Math.min(batch, total - from);
                synchronized (sends) {
                    sends.add(senders.submit(() -> {
                        var encoded = articles.nextBatch(size);
                        encoded.forEach(a -> bytes.addAndGet(a.json().length));
                        sender.send(encoded);
                        return null;
                    }));
                }
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            allScheduled.await();
            clock.shutdownNow();
            List<Future<?>> all;
            synchronized (sends) {
                all = List.copyOf(sends);
            }
            for (Future<?> send : all) {
                try {
                    send.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("sending to ingest-service failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            clock.shutdownNow();
            senders.shutdownNow();
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long dead = Completion.await(store, deadLetters, articles.prefix(), total, Duration.ofSeconds(120));
        Latencies latencies = Latencies.ofMicros(store.latencies(articles.prefix()));
        return Measure.throughput("latency." + rate, "latency at " + rate + "/s offered", total, sendSeconds, bytes.get())
                .withLatency(latencies)
                .withNote(String.format(Locale.ROOT, "%d articles in batches of %d every %.0f ms; all acknowledged after "
                        + "%.1f s (%.0f/s achieved); ingest time to read-store commit%s%s", total, batch, periodNanos / 1e6,
                        sendSeconds, total / sendSeconds, store.exactCommitTimes() ? ""
                                : " (transaction start: PostgreSQL does not track commit times, so this reads low)",
                        dead == 0 ? "" : "; " + dead + " dead-lettered (enrichment threw on them)"));
    }
}
