package dev.newsflow.publish;

import static dev.newsflow.publish.TestArticles.searchable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.publish.events.PublishedEventSender;
import dev.newsflow.publish.stream.EventLogPruner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The Server-Sent Events stream: prompt delivery, resume without gap or repeat, filters, heartbeats, slow clients. */
class StreamIntegrationTests extends AbstractReadApiIntegrationTests {

    private static final Duration PROMPT = Duration.ofSeconds(2);

    @Autowired
    MeterRegistry meters;

    @Autowired
    EventLogPruner pruner;

    @Test
    void aConnectedClientReceivesEachStoredVersionPromptly() throws Exception {
        String source = TestArticles.uniqueId("live");
        try (SseClient client = open("?source=" + source, null)) {
            EnrichedArticle direct = article(source, "Stored directly", "Body.");
            store.upsert(direct);
            await().atMost(PROMPT).until(() -> client.events.size() == 1);

            EnrichedArticle piped = article(source, "Through the broker", "Body.");
            produceAndAwait(piped);
            await().atMost(PROMPT).until(() -> client.events.size() == 2);

            SseClient.Event event = client.events.get(1);
            assertThat(event.name()).isEqualTo("article");
            assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(client.events.get(0).id()));
            JsonNode data = json.readTree(event.data());
            assertThat(data.get("id").asString()).isEqualTo(piped.id());
            assertThat(data.get("version").asLong()).isEqualTo(1);
            assertThat(data.get("eventId").asString()).isEqualTo(PublishedEventSender.eventId(piped.id(), 1, piped.enrichedAt()));
            assertThat(data.get("title").asString()).isEqualTo("Through the broker");
            assertThat(data.get("href").asString()).isEqualTo("http://news.example/api/v1/articles/" + piped.id());
            assertThat(data.get("category").asString()).isEqualTo("POLITICS");
        }
    }

    @Test
    void resumesWithLastEventIdWithNeitherGapNorRepeat() throws Exception {
        String source = TestArticles.uniqueId("resume");
        EnrichedArticle first = article(source, "First", "Body.");
        String lastId;
        try (SseClient client = open("?source=" + source, null)) {
            produceAndAwait(first, article(source, "Second", "Body."));
            await().atMost(WAIT).until(() -> client.events.size() == 2);
            lastId = client.lastId();
        }

        // while disconnected: two new articles, a new version of the first, and one of another source
        EnrichedArticle newer = searchable(first.id(), 2, source, "First, updated", "Body.", "en", Category.POLITICS,
                List.of(), null);
        produceAndAwait(article(source, "Third", "Body."), article(source + "-other", "Elsewhere", "Body."),
                article(source, "Fourth", "Body."));
        store.upsert(newer);
        List<String> missed = jdbc.sql("SELECT e.article_id || ':' || e.version FROM article_events e"
                        + " JOIN articles a ON a.id = e.article_id WHERE a.source = :source AND e.event_id > :after"
                        + " ORDER BY e.event_id")
                .param("source", source).param("after", Long.parseLong(lastId)).query(String.class).list();
        assertThat(missed).hasSize(3).contains(first.id() + ":2");

        try (SseClient header = open("?source=" + source, lastId);
                SseClient query = open("?source=" + source + "&lastEventId=" + lastId, null)) {
            for (SseClient client : List.of(header, query)) {
                await().atMost(WAIT).until(() -> client.events.size() >= 3);
                // a heartbeat after the catch-up: nothing else was coming
                int beats = client.comments.size();
                await().atMost(WAIT).until(() -> client.comments.size() > beats + 1);
                assertThat(received(client)).isEqualTo(missed);
                assertThat(client.events).extracting(e -> Long.parseLong(e.id())).isSorted()
                        .allMatch(id -> id > Long.parseLong(lastId));
            }
        }
    }

    @Test
    void appliesTheSearchFiltersToTheStream() throws Exception {
        String word = uniqueWord();
        String name = "Grace " + uniqueWord();
        try (SseClient text = open("?q=" + word + "&category=sport&language=en", null);
                SseClient entity = open("?entity=" + name.replace(" ", "%20") + "&entityType=PERSON&duplicates=exclude", null)) {
            String source = TestArticles.uniqueId("filters");
            EnrichedArticle match = searchable(TestArticles.uniqueId("m"), 1, source, "Match", "About " + word + ".",
                    "en", Category.SPORT, List.of(new Entity(name, EntityType.PERSON, 1)), null);
            EnrichedArticle otherCategory = searchable(TestArticles.uniqueId("c"), 1, source, "Other", word + ".",
                    "en", Category.POLITICS, List.of(new Entity(name, EntityType.LOCATION, 1)), null);
            EnrichedArticle otherWord = searchable(TestArticles.uniqueId("w"), 1, source, "No word", "Nothing.",
                    "en", Category.SPORT, List.of(), null);
            EnrichedArticle inTitle = searchable(TestArticles.uniqueId("t"), 1, source, "Title " + word, "Body.",
                    "en", Category.SPORT, List.of(new Entity(name, EntityType.PERSON, 3)), null);
            produceAndAwait(match, otherCategory, otherWord, inTitle);

            await().atMost(WAIT).until(() -> text.events.size() >= 2 && entity.events.size() >= 2);
            int beats = text.comments.size();
            await().atMost(WAIT).until(() -> text.comments.size() > beats + 1);
            assertThat(ids(text)).containsExactlyInAnyOrder(match.id(), inTitle.id());
            assertThat(ids(entity)).containsExactlyInAnyOrder(match.id(), inTitle.id());
        }
    }

    @Test
    void aClientResumingFromAPrunedPositionIsToldToStartAgainFromTheReadApi() throws Exception {
        String source = TestArticles.uniqueId("pruned");
        List<SseClient.Event> seen;
        try (SseClient client = open("?source=" + source, null)) {
            produceAndAwait(article(source, "First", "Body."), article(source, "Second", "Body."));
            await().atMost(WAIT).until(() -> client.events.size() == 2);
            seen = List.copyOf(client.events);
        }
        long first = Long.parseLong(seen.get(0).id());
        long last = Long.parseLong(seen.get(1).id());
        long head = jdbc.sql("SELECT coalesce(max(event_id), 0) FROM article_events").query(Long.class).single();
        assertThat(head).isEqualTo(last);

        // keep only the newest event: the first is pruned, and so is everything after an older position
        assertThat(pruner.prune(1, Duration.ofDays(1))).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM article_events WHERE event_id < :last").param("last", last)
                .query(Long.class).single()).isZero();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create(streamUrl("?source=" + source))).header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(first - 1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("detail").asString()).contains("GET /api/v1/articles").contains("without Last-Event-ID");
        assertThat(problem.get("prunedThrough").asLong()).isBetween(first, last - 1);

        // from a position whose following events are all kept, the stream resumes as usual
        try (SseClient resumed = open("?source=" + source, Long.toString(last - 1))) {
            await().atMost(WAIT).until(() -> resumed.events.size() == 1);
            assertThat(resumed.lastId()).isEqualTo(Long.toString(last));
        }
    }

    @Test
    void aQuietStreamSendsHeartbeats() throws Exception {
        try (SseClient client = open("?source=" + TestArticles.uniqueId("quiet"), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.comments.stream().filter("heartbeat"::equals).count() >= 2);
            assertThat(client.events).isEmpty();
        }
    }

    @Test
    void badStreamParametersGetAProblem() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String query : List.of("?lastEventId=abc", "?lastEventId=-1", "?limit=5", "?from=never",
                "?entityType=PERSON")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    java.net.URI.create(streamUrl(query))).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        HttpResponse<String> badHeader = client.send(HttpRequest.newBuilder(java.net.URI.create(streamUrl("")))
                .header("Last-Event-ID", "12x").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badHeader.statusCode()).isEqualTo(400);
        assertThat(badHeader.body()).contains("Last-Event-ID");
    }

    @Test
    void aClientThatStopsReadingIsCutOffWhileOthersKeepReceiving() throws Exception {
        String source = TestArticles.uniqueId("slow");
        // streams of earlier tests are gone once a heartbeat finds them closed
        await().atMost(WAIT).until(() -> openStreams() == 0);
        long head = jdbc.sql("SELECT coalesce(max(event_id), 0) FROM article_events").query(Long.class).single();
        try (Socket stalled = new Socket(); SseClient reader = open("?source=" + source, null)) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream request = stalled.getOutputStream();
            request.write(("GET /api/v1/articles/stream?source=" + source + "&lastEventId=" + head + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();
            await().atMost(WAIT).until(() -> openStreams() == 2);
            double cutOff = gone();

            // about 1 MB of events: far more than the socket buffers between the server and a client that reads nothing
            List<Entity> entities = IntStream.range(0, 40)
                    .mapToObj(i -> new Entity("Organisation number " + i + " " + "x".repeat(40), EntityType.ORGANIZATION, 1))
                    .toList();
            int count = 300;
            for (int i = 0; i < count; i++) {
                store.upsert(searchable(TestArticles.uniqueId("big"), 1, source, "Big " + i + " " + "y".repeat(800),
                        "Body.", "en", Category.POLITICS, entities, null));
            }
            await().atMost(WAIT).until(() -> reader.events.size() == count);
            // the stalled stream's write timed out: it is gone, the reader's is not
            await().atMost(WAIT).until(() -> openStreams() == 1 && gone() > cutOff);

            EnrichedArticle after = article(source, "After the cut", "Body.");
            store.upsert(after);
            await().atMost(PROMPT).until(() -> reader.events.size() == count + 1);

            // the server closed the stalled connection: what the socket still holds ends, and nothing follows
            stalled.setSoTimeout(10_000);
            InputStream in = stalled.getInputStream();
            byte[] buffer = new byte[65536];
            long total = 0;
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (int n; (n = readOrReset(in, buffer)) >= 0; ) {
                total += n;
                assertThat(System.nanoTime()).as("the stalled connection ends").isLessThan(deadline);
            }
            assertThat(total).isGreaterThan(0);
        }
    }

    private SseClient open(String query, String lastEventId) {
        SseClient client = new SseClient(streamUrl(query), lastEventId);
        await().atMost(WAIT).until(client::isOpen);
        return client;
    }

    private String streamUrl(String query) {
        return "http://127.0.0.1:" + port + "/api/v1/articles/stream" + query;
    }

    private double openStreams() {
        return meters.get("newsflow.publish.stream.clients").gauge().value();
    }

    private double gone() {
        Counter counter = meters.find("newsflow.publish.stream.disconnects").tag("reason", "gone").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<String> received(SseClient client) {
        List<String> received = new ArrayList<>();
        for (SseClient.Event event : client.events) {
            JsonNode data = json.readTree(event.data());
            received.add(data.get("id").asString() + ":" + data.get("version").asLong());
        }
        return received;
    }

    private List<String> ids(SseClient client) {
        return client.events.stream().map(e -> json.readTree(e.data()).get("id").asString()).toList();
    }

    /** -1 at the end of the stream or when the server reset it; a quiet but open connection fails the test. */
    private static int readOrReset(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (java.net.SocketTimeoutException open) {
            throw new AssertionError("the stalled connection is still open", open);
        } catch (java.io.IOException reset) {
            return -1;
        }
    }

    private static EnrichedArticle article(String source, String title, String body) {
        return searchable(TestArticles.uniqueId("s"), 1, source, title, body, "en", Category.POLITICS, List.of(), null);
    }
}
