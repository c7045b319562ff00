package dev.newsflow.ops.faults;

import dev.newsflow.ops.faults.ArticlePlan.Send;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the plan at a fixed rate through ingest-service's HTTP API, single and batch, and records
 * what was acknowledged: only a 2xx answer (202, or an {@code accepted}/{@code duplicate} batch item)
 * counts. 503s, 5xx and connection errors are retried with a short back-off until a deadline. Every
 * id belongs to one worker, which sends its articles in plan order and only moves on once the
 * current send was acknowledged, so the versions of an id reach the broker in order.
 */
final class ArticleSender {

    private static final Pattern ITEM = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final int MAX_BATCH = 20;

    private final String run;
    private final String ingestUrl;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** id -> the highest version (seq) the service acknowledged. */
    final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    /** id -> the highest version ever sent (acknowledged or not). */
    final Map<String, Integer> attempted = new ConcurrentHashMap<>();
    final AtomicLong ackedSends = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong gaveUp = new AtomicLong();
    final AtomicInteger dispatched = new AtomicInteger();
    final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    ArticleSender(String run, String ingestUrl, String apiKey) {
        this.run = run;
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /** Sends the whole plan at {@code rate} per second with {@code workers} workers; returns once all are done. */
    void sendAll(List<Send> plan, double rate, int workers, long deadlineNanos) throws InterruptedException {
        List<LinkedBlockingQueue<Send>> queues = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            queues.add(new LinkedBlockingQueue<>());
        }
        CountDownLatch dispatchedAll = new CountDownLatch(1);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.max(1, (long) (1_000_000 / rate));
        pacer.scheduleAtFixedRate(() -> {
            int i = dispatched.getAndIncrement();
            if (i < plan.size()) {
                Send send = plan.get(i);
                queues.get(Math.floorMod(send.id().hashCode(), workers)).add(send);
            }
            if (i >= plan.size() - 1) {
                dispatchedAll.countDown();
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        var pool = Executors.newFixedThreadPool(workers);
        for (LinkedBlockingQueue<Send> queue : queues) {
            pool.submit(() -> work(queue, dispatchedAll, deadlineNanos));
        }
        pool.shutdown();
        long left = deadlineNanos - System.nanoTime();
        dispatchedAll.await(Math.max(0, left), TimeUnit.NANOSECONDS);
        pacer.shutdownNow();
        if (!pool.awaitTermination(Math.max(1, deadlineNanos - System.nanoTime()) + TimeUnit.SECONDS.toNanos(30),
                TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
        }
    }

    private Void work(LinkedBlockingQueue<Send> queue, CountDownLatch dispatchedAll, long deadlineNanos) throws InterruptedException {
        ArrayDeque<Send> pending = new ArrayDeque<>();
        while (true) {
            queue.drainTo(pending);
            if (pending.isEmpty()) {
                if (dispatchedAll.getCount() == 0 && queue.isEmpty()) {
                    return null;
                }
                Send next = queue.poll(200, TimeUnit.MILLISECONDS);
                if (next != null) {
                    pending.add(next);
                }
                continue;
            }
            List<Send> batch = takeBatch(pending);
            deliver(batch, deadlineNanos);
        }
    }

    /** The head of the queue alone, or a run of batch sends with distinct ids (one version per id per request). */
    private static List<Send> takeBatch(ArrayDeque<Send> pending) {
        List<Send> batch = new ArrayList<>();
        batch.add(pending.poll());
        if (!batch.get(0).batch()) {
            return batch;
        }
        Set<String> ids = new HashSet<>(Set.of(batch.get(0).id()));
        while (batch.size() < MAX_BATCH && !pending.isEmpty() && pending.peek().batch() && !ids.contains(pending.peek().id())) {
            Send s = pending.poll();
            ids.add(s.id());
            batch.add(s);
        }
        return batch;
    }

    /** Sends until every item is acknowledged, rejected, or the deadline passed. */
    private void deliver(List<Send> sends, long deadlineNanos) throws InterruptedException {
        List<Send> todo = new ArrayList<>(sends);
        todo.forEach(s -> attempted.merge(s.id(), s.seq(), Math::max));
        long pauseMillis = 100;
        boolean single = !sends.get(0).batch();
        while (!todo.isEmpty()) {
            if (System.nanoTime() > deadlineNanos) {
                gaveUp.addAndGet(todo.size());
                problems.add("gave up on " + todo.size() + " sends at the deadline, e.g. " + todo.get(0));
                return;
            }
            try {
                todo = single ? sendOne(todo.get(0)) : sendBatch(todo);
            } catch (IOException e) {
                // ingest-service is down or restarting: the article is not acknowledged, send it again
            }
            if (!todo.isEmpty()) {
                retries.incrementAndGet();
                Thread.sleep(pauseMillis);
                pauseMillis = Math.min(2000, pauseMillis * 2);
            }
        }
    }

    private List<Send> sendOne(Send send) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/v1/articles", "application/json", ArticlePlan.json(run, send));
        int code = response.statusCode();
        if (code / 100 == 2) {
            acknowledge(send);
            return List.of();
        }
        if (code == 503 || code == 429 || code >= 500) {
            return List.of(send);
        }
        rejected.incrementAndGet();
        problems.add("ingest answered " + code + " to " + send + ": " + abbreviate(response.body()));
        return List.of();
    }

    private List<Send> sendBatch(List<Send> sends) throws IOException, InterruptedException {
        StringBuilder ndjson = new StringBuilder();
        sends.forEach(s -> ndjson.append(ArticlePlan.json(run, s)).append('\n'));
        HttpResponse<String> response = post("/api/v1/articles/batch", "application/x-ndjson", ndjson.toString());
        int code = response.statusCode();
        if (code == 503 || code == 429 || code >= 500) {
            return sends;
        }
        if (code / 100 != 2) {
            rejected.addAndGet(sends.size());
            problems.add("ingest answered " + code + " to a batch of " + sends.size() + ": " + abbreviate(response.body()));
            return List.of();
        }
        Map<String, String> status = new java.util.HashMap<>();
        Matcher m = ITEM.matcher(response.body());
        while (m.find()) {
            status.put(m.group(1), m.group(2));
        }
        List<Send> again = new ArrayList<>();
        for (Send s : sends) {
            String st = status.getOrDefault(s.id(), "failed");
            switch (st) {
                case "accepted", "duplicate" -> acknowledge(s);
                case "rejected" -> {
                    rejected.incrementAndGet();
                    problems.add("batch item rejected: " + s);
                }
                default -> again.add(s);
            }
        }
        return again;
    }

    private void acknowledge(Send send) {
        acknowledged.merge(send.id(), send.seq(), Math::max);
        ackedSends.incrementAndGet();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
