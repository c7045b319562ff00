package dev.newsflow.bench.e2e;

import dev.newsflow.bench.BenchArticles;
import dev.newsflow.bench.BenchArticles.Encoded;
import dev.newsflow.bench.report.Latencies;
import dev.newsflow.bench.report.Measure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline's maximum sustained rate: N articles offered as fast as ingest takes them (a few
 * concurrent clients, large batches, backing off when told to), timed from the first send until the
 * read store has committed the last one.
 */
public final class MaxRate {

    /** The end-to-end figure, and the publish stage's own commit rate over the same run. */
    public record Result(Measure endToEnd, Measure publish, double ingestSeconds) {
    }

    private MaxRate() {
    }

    /**
     * @param key  the end-to-end figure's key; the publish stage's is {@code key + ".publish"}
     * @param what the input, for the labels ("real text", "generated text")
     */
    public static Result run(BenchArticles articles, int total, int batchSize, int clients, BatchSender sender,
            ReadStore store, DeadLetters deadLetters, String key, String what) throws Exception {
        AtomicInteger taken = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        double firstSend = System.currentTimeMillis() / 1000.0;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (true) {
                        int from = taken.getAndAdd(batchSize);
                        if (from >= total) {
                            return null;
                        }
                        List<Encoded> batch = articles.nextBatch(Math.min(batchSize, total - from));
                        batch.forEach(a -> bytes.addAndGet(a.json().length));
                        sender.send(batch);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("sending to ingest-service failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        long dead = Completion.await(store, deadLetters, articles.prefix(), total, Duration.ofSeconds(120));
        ReadStore.CommitSpan span = store.span(articles.prefix());
        double seconds = span.lastCommitted() - firstSend;
        Latencies latencies = Latencies.ofMicros(store.latencies(articles.prefix()));
        Measure endToEnd = Measure.throughput(key, "end to end, " + what + ", " + total + " articles", total, seconds, bytes.get())
                .withLatency(latencies)
                .withNote(String.format(Locale.ROOT, "first send to last commit %.1f s; ingest acknowledged all in %.1f s "
                        + "(%.0f/s); %d clients x batches of %d; %d back-offs, %d items re-sent; latencies here include "
                        + "queueing behind the backlog%s", seconds, ingestSeconds, total / ingestSeconds, clients, batchSize,
                        sender.backoffs(), sender.resent(), dead == 0 ? "" : "; " + dead + " of them dead-lettered "
                                + "(enrichment threw on them; ./newsflow dlt shows them)"));
        double publishSeconds = Math.max(1e-3, span.lastCommitted() - span.firstCommitted());
        Measure publish = Measure.throughput(key + ".publish", "publish stage commits, " + what, total - dead, publishSeconds,
                bytes.get()).withNote("first to last commit in the read store; bounded by upstream when publish is not the slowest stage");
        return new Result(endToEnd, publish, ingestSeconds);
    }
}
