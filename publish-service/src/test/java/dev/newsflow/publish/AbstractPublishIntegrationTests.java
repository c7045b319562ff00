package dev.newsflow.publish;

import static dev.newsflow.publish.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.PublishedArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.events.PublishedEventSender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against a real broker and a real PostgreSQL: what is written to the enriched
 * topic becomes readable over HTTP and announced on the published topic; what cannot be read is
 * dead-lettered with its original bytes. Subclasses provide the infrastructure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.publish.retry.initial-interval=100ms",
        "newsflow.publish.retry.max-interval=1s",
        "newsflow.publish.base-url=http://news.example"})
abstract class AbstractPublishIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    KafkaProbe kafka;
    RestClient http;

    @BeforeEach
    void connect() throws Exception {
        kafka = new KafkaProbe(bootstrap);
        kafka.ensureEnrichedTopic(3);
        http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anEnrichedArticleBecomesReadableAndIsAnnounced() throws Exception {
        EnrichedArticle article = TestArticles.article(TestArticles.uniqueId("flow"), 4);
        produce(article);

        JsonNode stored = awaitStored(article.id(), 4);
        assertThat(stored.get("title").asString()).isEqualTo(article.title());
        assertThat(stored.get("body").asString()).isEqualTo(article.body());
        assertThat(stored.get("removed").get(0).get("reason").asString()).isEqualTo("BOILERPLATE_PATTERN");
        assertThat(stored.get("duplicateOf").isNull()).isTrue();

        ConsumerRecord<String, byte[]> event = awaitPublished(article.id(), 4);
        assertThat(header(event, Headers.CE_ID)).isEqualTo(PublishedEventSender.eventId(article.id(), 4, article.enrichedAt()));
        assertThat(header(event, Headers.CE_TYPE)).isEqualTo(EventTypes.PUBLISHED);
        assertThat(header(event, Headers.CE_SOURCE)).isEqualTo("/newsflow/publish-service");
        assertThat(header(event, Headers.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(Instant.parse(header(event, Headers.CE_TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(header(event, Headers.CONTENT_TYPE)).isEqualTo("application/json");
        PublishedArticle published = json.readValue(event.value(), PublishedArticle.class);
        assertThat(published.eventId()).isEqualTo(header(event, Headers.CE_ID));
        assertThat(published.href()).isEqualTo("http://news.example/api/v1/articles/" + article.id());
        assertThat(published.title()).isEqualTo(article.title());
        assertThat(published.entities()).isEqualTo(article.entities());
        assertThat(published.category()).isEqualTo(article.category());
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws Exception {
        String id = TestArticles.uniqueId("versions");
        Instant enrichedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EnrichedArticle newer = TestArticles.article(id, 5, "s", TestArticles.randomContentHash(),
                TestArticles.randomSimhash(), enrichedAt);
        produce(newer);
        awaitStored(id, 5);

        RecordMetadata older = produce(TestArticles.article(id, 3, "s", TestArticles.randomContentHash(),
                TestArticles.randomSimhash(), enrichedAt.plusSeconds(60)));
        await().atMost(WAIT).until(() -> kafka.consumed(older));

        assertThat(get("/api/v1/articles/" + id).get("version").asLong()).isEqualTo(5);
        assertThat(kafka.readAll(Topics.PUBLISHED, id))
                .extracting(r -> header(r, Headers.CE_ID))
                .containsOnly(PublishedEventSender.eventId(id, 5, newer.enrichedAt()));
    }

    @Test
    void aReEnrichmentOfTheSameVersionReplacesItOnlyWhenNewer() throws Exception {
        String id = TestArticles.uniqueId("reenrich");
        Instant enrichedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EnrichedArticle first = TestArticles.article(id, 2, "first", "hash-" + id, TestArticles.randomSimhash(), enrichedAt);
        produce(first);
        awaitStored(id, 2);

        EnrichedArticle earlier = TestArticles.article(id, 2, "earlier", "hash-" + id, TestArticles.randomSimhash(),
                enrichedAt.minusSeconds(60));
        RecordMetadata earlierRecord = produce(earlier);
        await().atMost(WAIT).until(() -> kafka.consumed(earlierRecord));
        assertThat(get("/api/v1/articles/" + id).get("source").asString()).isEqualTo("first");

        EnrichedArticle later = TestArticles.article(id, 2, "later", "hash-" + id, TestArticles.randomSimhash(),
                enrichedAt.plusSeconds(60));
        produce(later);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(get("/api/v1/articles/" + id).get("source").asString()).isEqualTo("later"));
        // a re-enrichment is announced as a new event; the one that lost is not announced at all
        await().atMost(WAIT).untilAsserted(() -> assertThat(kafka.readAll(Topics.PUBLISHED, id))
                .extracting(r -> header(r, Headers.CE_ID))
                .contains(PublishedEventSender.eventId(id, 2, first.enrichedAt()),
                        PublishedEventSender.eventId(id, 2, later.enrichedAt()))
                .doesNotContain(PublishedEventSender.eventId(id, 2, earlier.enrichedAt())));
    }

    @Test
    void theSameRecordTwiceLeavesOneRow() throws Exception {
        EnrichedArticle article = TestArticles.article(TestArticles.uniqueId("twice"), 9);
        byte[] value = json.writeValueAsBytes(article);
        kafka.send(Topics.ENRICHED, article.id(), value);
        RecordMetadata second = kafka.send(Topics.ENRICHED, article.id(), value);
        await().atMost(WAIT).until(() -> kafka.consumed(second));

        assertThat(jdbc.sql("SELECT count(*) FROM articles WHERE id = :id").param("id", article.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(get("/api/v1/articles/" + article.id()).get("version").asLong()).isEqualTo(9);
        // at-least-once: a redelivery may announce again, always under the same event id
        assertThat(kafka.readAll(Topics.PUBLISHED, article.id()))
                .isNotEmpty()
                .extracting(r -> header(r, Headers.CE_ID))
                .containsOnly(PublishedEventSender.eventId(article.id(), 9, article.enrichedAt()));
    }

    @Test
    void unreadableAndSchemaInvalidRecordsAreDeadLetteredWithTheirOriginalBytes() throws Exception {
        String key = TestArticles.uniqueId("poison");
        byte[] notJson = "not json {".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = ("{\"id\":\"" + key + "\",\"version\":1,\"title\":\"no body\"}").getBytes(StandardCharsets.UTF_8);
        RecordMetadata first = kafka.send(Topics.ENRICHED, key, notJson);
        RecordMetadata second = kafka.send(Topics.ENRICHED, key, invalid);
        // the partition keeps flowing behind the poison
        EnrichedArticle good = TestArticles.article(key, 3);
        produce(good);
        awaitStored(key, 3);

        List<ConsumerRecord<String, byte[]>> dead = await().atMost(WAIT)
                .until(() -> kafka.readAll(Topics.ENRICHED_DEAD_LETTER, key), records -> records.size() >= 2);
        assertThat(dead).hasSize(2);
        assertDeadLetter(dead.get(0), notJson, first, "NOT_JSON", "tools.jackson.", "Malformed JSON");
        assertDeadLetter(dead.get(1), invalid, second, "SCHEMA_INVALID", FormatException.class.getName(), "body: is required");
    }

    @Test
    void aPollWithPoisonAndARefusedArticleStoresAndAnnouncesEverythingElseOnce() throws Exception {
        String key = TestArticles.uniqueId("poll");
        List<EnrichedArticle> good = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            EnrichedArticle article = TestArticles.article(key + "-" + i, 1);
            good.add(article);
            values.add(json.writeValueAsBytes(article));
            if (i == 9) {
                values.add("{ not json".getBytes(StandardCharsets.UTF_8));
            }
            if (i == 19) {
                // valid JSON and schema, but PostgreSQL stores no NUL character in text: refused by the store
                EnrichedArticle refused = TestArticles.article(key + "-refused", 1);
                values.add(withTitle(refused, "NUL \\u0000 inside"));
            }
        }
        List<RecordMetadata> sent = kafka.sendAll(Topics.ENRICHED, key, values);
        await().atMost(WAIT).until(() -> kafka.consumed(sent.get(sent.size() - 1)));

        for (EnrichedArticle article : good) {
            assertThat(jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", article.id())
                    .query(Long.class).list()).as(article.id()).containsExactly(1L);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM articles WHERE id = :id").param("id", key + "-refused")
                .query(Long.class).single()).isZero();
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(WAIT)
                .until(() -> kafka.readAll(Topics.ENRICHED_DEAD_LETTER, key), records -> records.size() >= 2);
        assertThat(dead).extracting(r -> header(r, Headers.DLT_REASON)).containsExactly("NOT_JSON", "STORE_REJECTED");
        assertThat(dead).extracting(r -> header(r, Headers.DLT_OFFSET))
                .containsExactly(Long.toString(sent.get(10).offset()), Long.toString(sent.get(21).offset()));
        Set<String> announced = new HashSet<>();
        for (ConsumerRecord<String, byte[]> event : kafka.readAll(Topics.PUBLISHED)) {
            String id = json.readValue(event.value(), PublishedArticle.class).id();
            if (id.startsWith(key)) {
                announced.add(id);
            }
        }
        assertThat(announced).containsExactlyInAnyOrderElementsOf(good.stream().map(EnrichedArticle::id).toList());
    }

    @Test
    void pagesNewestFirstWithoutSkippingOrRepeating() throws Exception {
        String source = TestArticles.uniqueId("paging");
        List<String> ids = IntStream.range(0, 25).mapToObj(i -> source + "-" + i).toList();
        for (String id : ids) {
            produce(TestArticles.article(id, 1, source, TestArticles.randomContentHash(), TestArticles.randomSimhash(),
                    Instant.now()));
        }
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(get("/api/v1/articles?limit=100&source=" + source).get("items")).hasSize(25));

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/v1/articles?limit=10&source=" + source + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            pageSizes.add(page.get("items").size());
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        List<Long> seqs = seen.stream()
                .map(id -> jdbc.sql("SELECT seq FROM articles WHERE id = :id").param("id", id).query(Long.class).single())
                .toList();
        assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void badRequestsGetAProblemSayingWhatIsWrong() throws Exception {
        String source = TestArticles.uniqueId("cursor");
        for (int i = 0; i < 2; i++) {
            produce(TestArticles.article(source + "-" + i, 1, source, TestArticles.randomContentHash(),
                    TestArticles.randomSimhash(), Instant.now()));
        }
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(get("/api/v1/articles?source=" + source).get("items")).hasSize(2));
        String cursor = get("/api/v1/articles?limit=1&source=" + source).get("nextCursor").asString();
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertProblem("/api/v1/articles?limit=1&source=" + source + "&cursor=" + tampered, 400, "cursor");
        assertProblem("/api/v1/articles?limit=1&source=other&cursor=" + cursor, 400, "cursor");
        assertProblem("/api/v1/articles?limit=0", 400, "limit");
        assertProblem("/api/v1/articles?limit=abc", 400, "limit");
        assertProblem("/api/v1/articles?limit=101", 400, "limit");
        assertProblem("/api/v1/articles?sort=asc", 400, "unknown parameter 'sort'");
        assertProblem("/api/v1/articles?language={language}", 400, "language", "en' OR '1'='1");
        assertProblem("/api/v1/articles/no-such-article", 404, "no-such-article");
    }

    @Test
    void nearDuplicatesPointAtTheFirstStoredArticle() throws Exception {
        long simhash = TestArticles.randomSimhash();
        String hash = TestArticles.randomContentHash();
        EnrichedArticle original = TestArticles.article(TestArticles.uniqueId("orig"), 1, "a", hash, simhash, Instant.now());
        produce(original);
        awaitStored(original.id(), 1);

        EnrichedArticle sameContent = TestArticles.article(TestArticles.uniqueId("same"), 1, "b", hash,
                TestArticles.randomSimhash(), Instant.now());
        EnrichedArticle oneBitOff = TestArticles.article(TestArticles.uniqueId("near"), 1, "c",
                TestArticles.randomContentHash(), simhash ^ (1L << 63), Instant.now());
        EnrichedArticle unrelated = TestArticles.article(TestArticles.uniqueId("other"), 1, "d",
                TestArticles.randomContentHash(), ~simhash, Instant.now());
        produce(sameContent);
        produce(oneBitOff);
        produce(unrelated);

        assertThat(awaitStored(sameContent.id(), 1).get("duplicateOf").asString()).isEqualTo(original.id());
        assertThat(awaitStored(oneBitOff.id(), 1).get("duplicateOf").asString()).isEqualTo(original.id());
        assertThat(awaitStored(unrelated.id(), 1).get("duplicateOf").isNull()).isTrue();
        assertThat(get("/api/v1/articles/" + original.id()).get("duplicateOf").isNull()).isTrue();
        PublishedArticle event = json.readValue(awaitPublished(oneBitOff.id(), 1).value(), PublishedArticle.class);
        assertThat(event.duplicateOf()).isEqualTo(original.id());
        JsonNode copies = get("/api/v1/articles?duplicateOf={id}", original.id()).get("items");
        assertThat(copies).extracting(item -> item.get("id").asString())
                .containsExactlyInAnyOrder(sameContent.id(), oneBitOff.id());
    }

    @Test
    void healthShowsTheDatabaseAndTheBroker() {
        JsonNode health = get("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
        ResponseEntity<String> prometheus = http.get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(prometheus.getStatusCode().value()).isEqualTo(200);
    }

    RecordMetadata produce(EnrichedArticle article) throws Exception {
        return kafka.send(Topics.ENRICHED, article.id(), json.writeValueAsBytes(article));
    }

    JsonNode get(String path, Object... variables) {
        ResponseEntity<String> response = http.get().uri(path, variables).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("GET %s: %s", path, response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    JsonNode awaitStored(String id, long version) {
        return await().atMost(WAIT).until(() -> {
            ResponseEntity<String> response = http.get().uri("/api/v1/articles/{id}", id).retrieve().toEntity(String.class);
            return response.getStatusCode().value() == 200 ? json.readTree(response.getBody()) : null;
        }, stored -> stored != null && stored.get("version").asLong() == version);
    }

    ConsumerRecord<String, byte[]> awaitPublished(String id, long version) {
        String eventIdPrefix = "published:" + id + ":" + version + ":";
        return await().atMost(WAIT).until(() -> kafka.readAll(Topics.PUBLISHED, id).stream()
                .filter(r -> header(r, Headers.CE_ID).startsWith(eventIdPrefix))
                .findFirst().orElse(null), record -> record != null);
    }

    void assertProblem(String path, int status, String detail, Object... variables) {
        ResponseEntity<String> response = http.get().uri(path, variables).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("GET %s: %s", path, response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> dead, byte[] original, RecordMetadata source,
            String reason, String exception, String message) {
        assertThat(dead.value()).isEqualTo(original);
        assertThat(header(dead, Headers.DLT_TOPIC)).isEqualTo(Topics.ENRICHED);
        assertThat(header(dead, Headers.DLT_PARTITION)).isEqualTo(Integer.toString(source.partition()));
        assertThat(header(dead, Headers.DLT_OFFSET)).isEqualTo(Long.toString(source.offset()));
        assertThat(header(dead, Headers.DLT_REASON)).isEqualTo(reason);
        assertThat(header(dead, Headers.DLT_EXCEPTION)).startsWith(exception);
        assertThat(header(dead, Headers.DLT_MESSAGE)).contains(message);
        assertThat(dead.partition()).isEqualTo(source.partition());
    }

    private byte[] withTitle(EnrichedArticle article, String rawJsonTitle) {
        String value = new String(json.writeValueAsBytes(article), StandardCharsets.UTF_8);
        return value.replace("\"title\":\"" + article.title() + "\"", "\"title\":\"" + rawJsonTitle + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
