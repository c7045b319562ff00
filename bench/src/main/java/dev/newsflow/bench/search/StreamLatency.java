package dev.newsflow.bench.search;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Commit to SSE event: a client follows the stream filtered to a source of its own; articles of
 * that source are inserted one at a time, each in its own transaction, and the time from just
 * before each commit to its event's arrival is recorded.
 */
final class StreamLatency {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final String baseUrl;
    private final BenchCorpus corpus;

    StreamLatency(String baseUrl, BenchCorpus corpus) {
        this.baseUrl = baseUrl;
        this.corpus = corpus;
    }

    Histogram run(Connection connection, int articles) throws Exception {
        String source = "bench-stream-" + System.currentTimeMillis();
        Map<String, Long> committing = new ConcurrentHashMap<>();
        Histogram latencies = HttpLatencies.histogram();
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch received = new CountDownLatch(articles);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/articles/stream?source=" + source))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(line -> {
                    long now = System.nanoTime();
                    if (line.startsWith(":")) {
                        open.countDown();
                    } else if (line.startsWith("data:")) {
                        Matcher id = ID.matcher(line);
                        Long start = id.find() ? committing.get(id.group(1)) : null;
                        if (start != null) {
                            latencies.recordValue(Math.max(0, (now - start) / 1_000));
                            received.countDown();
                        }
                    }
                });
            } catch (UncheckedIOException closed) {
                // the measurement is over and closed the stream
            }
        }, "stream-reader");
        reader.setDaemon(true);
        reader.start();
        if (!open.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stream did not open");
        }
        connection.setAutoCommit(false);
        for (int i = 0; i < articles; i++) {
            String id = source + "-" + i;
            corpus.insert(connection, corpus.fresh(id, source));
            committing.put(id, System.nanoTime());
            connection.commit();
            // one at a time: each event is measured on its own, not queued behind the previous one
            TimeUnit.MILLISECONDS.sleep(50);
        }
        connection.setAutoCommit(true);
        if (!received.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(received.getCount() + " events did not arrive");
        }
        response.body().close();
        return latencies;
    }
}
