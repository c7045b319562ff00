package dev.newsflow.bench.e2e;

import dev.newsflow.bench.BenchArticles.Encoded;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends batches to {@code POST /api/v1/articles/batch} as NDJSON until the broker holds every article:
 * items the service could not write ({@code failed}) are sent again, and a 429 or 503 makes it back
 * off for the Retry-After the service asks for (at most a second, so the bench measures the pipeline,
 * not its own waiting). A rejected item is a bug in the bench or the service: it stops the run.
 */
public final class BatchSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_BACKOFF_MILLIS = 1000;

    private final HttpClient http;
    private final URI uri;
    private final String apiKey;
    private final AtomicLong backoffs = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();

    public BatchSender(String ingestUrl, String apiKey) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.uri = URI.create(ingestUrl + "/api/v1/articles/batch");
        this.apiKey = apiKey;
    }

    /** Returns once every article of the batch was acknowledged (accepted or duplicate). */
    public void send(List<Encoded> batch) throws IOException, InterruptedException {
        List<Encoded> pending = batch;
        int attempts = 0;
        while (!pending.isEmpty()) {
            if (++attempts > 200) {
                throw new IOException(pending.size() + " articles still not acknowledged after 200 attempts");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson(pending)));
            if (!apiKey.isEmpty()) {
                request.header("X-API-Key", apiKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 429 || status == 503) {
                backOff(response);
                continue;
            }
            if (status != 200) {
                throw new IOException("POST " + uri + " answered " + status + ": " + abbreviate(response.body()));
            }
            List<Encoded> again = notWritten(pending, response.body());
            if (!again.isEmpty()) {
                resent.addAndGet(again.size());
                backOff(response);
            }
            pending = again;
        }
    }

    public long backoffs() {
        return backoffs.get();
    }

    public long resent() {
        return resent.get();
    }

    static byte[] ndjson(List<Encoded> batch) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(batch.size() * 4096);
        for (Encoded article : batch) {
            body.writeBytes(article.json());
            body.write('\n');
        }
        return body.toByteArray();
    }

    /** The items to send again; a rejected item ends the run. */
    static List<Encoded> notWritten(List<Encoded> sent, String responseBody) throws IOException {
        JsonNode results = JSON.readTree(responseBody).path("results");
        if (results.size() != sent.size()) {
            throw new IOException("the batch of " + sent.size() + " got " + results.size() + " results: "
                    + abbreviate(responseBody));
        }
        List<Encoded> again = new ArrayList<>();
        for (JsonNode result : results) {
            String status = result.path("status").asString();
            switch (status) {
                case "accepted", "duplicate" -> { }
                case "failed" -> again.add(sent.get(result.path("index").asInt()));
                default -> throw new IOException("article " + result.path("id").asString() + " was " + status + ": "
                        + result.path("error").asString());
            }
        }
        return again;
    }

    private void backOff(HttpResponse<?> response) throws InterruptedException {
        backoffs.incrementAndGet();
        long millis = response.headers().firstValue("Retry-After").map(BatchSender::seconds).orElse(0L) * 1000;
        Thread.sleep(Math.min(MAX_BACKOFF_MILLIS, Math.max(100, millis)));
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
