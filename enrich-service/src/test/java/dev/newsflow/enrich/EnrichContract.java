package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.pipeline.ArticleEnricher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * enrich-service against a real broker (each subclass says which): raw records written the way
 * any Kafka client would write them come out enriched, and records that can never be enriched
 * land in the dead-letter topic with their original bytes while the partition keeps flowing.
 */
abstract class EnrichContract {

    static final String EXPLODING_TITLE = "This article makes enrichment throw";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JsonMapper mapper;

    @LocalServerPort
    int port;

    private KafkaProducer<String, byte[]> kcat;
    private KafkaConsumer<String, byte[]> reader;

    @DynamicPropertySource
    static void stateDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("enrich-state");
        registry.add("newsflow.enrich.state-dir", dir::toString);
    }

    @BeforeEach
    void clients() {
        kcat = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        reader = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        kcat.close();
        reader.close();
    }

    @Test
    void seedWrittenWithoutHeadersComesOutEnriched() throws Exception {
        String seed = Files.readString(Path.of("../samples/kim-putin-vostochny-summit.txt"));
        String title = seed.lines().findFirst().orElseThrow();
        String body = seed.substring(seed.indexOf('\n') + 1);
        String key = "seed-" + UUID.randomUUID();
        send(key, mapper.writeValueAsString(Map.of("title", title, "body", body, "source", "ann")));

        reader.subscribe(List.of(Topics.ENRICHED));
        ConsumerRecord<String, byte[]> record = awaitRecord(key);
        EnrichedArticle article = mapper.readValue(record.value(), EnrichedArticle.class);

        assertThat(article.id()).isEqualTo(key);
        assertThat(article.title()).isEqualTo("Kim Jong Un Pledges Full Support To Russia During Summit With Putin");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).doesNotContain("Leave a Reply", "Your email address will not be published",
                "Copyright © 2023 ANN All Rights Reserved");
        assertThat(article.removed()).extracting(r -> r.reason())
                .contains(RemovalReason.BOILERPLATE_PATTERN, RemovalReason.REPEATED_TITLE);
        assertThat(article.wordCount()).isPositive();
        assertThat(article.readingTimeMinutes()).isGreaterThanOrEqualTo(1);
        assertThat(article.enricherVersion()).isNotBlank();
        assertThat(header(record, Headers.CE_TYPE)).isEqualTo("dev.newsflow.article.enriched.v1");
        assertThat(header(record, Headers.CE_ID)).isEqualTo(article.eventId());
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheirBytesAndThePartitionKeepsFlowing() throws Exception {
        String run = UUID.randomUUID().toString();
        byte[] notJson = ("not json at all " + run).getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) run.hashCode()};
        byte[] schemaInvalid = ("{\"title\":\"" + run + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] exploding = mapper.writeValueAsBytes(Map.of("title", EXPLODING_TITLE, "body", "Body " + run + "."));
        kcat.send(new ProducerRecord<>(Topics.RAW, "poison-json-" + run, notJson)).get();
        kcat.send(new ProducerRecord<>(Topics.RAW, "poison-utf8-" + run, notUtf8)).get();
        kcat.send(new ProducerRecord<>(Topics.RAW, "poison-schema-" + run, schemaInvalid)).get();
        kcat.send(new ProducerRecord<>(Topics.RAW, "poison-enrich-" + run, exploding)).get();
        String goodKey = "good-" + run;
        send(goodKey, mapper.writeValueAsString(Map.of("title", "A good article", "body",
                "The council met on Monday. It approved the budget for the new school.")));

        reader.subscribe(List.of(Topics.ENRICHED, Topics.RAW_DEAD_LETTER));
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            reader.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> r.key() != null && r.key().endsWith(run)).count() >= 5;
        });

        assertThat(deadLetter(seen, "poison-json-" + run).value()).isEqualTo(notJson);
        assertThat(deadLetter(seen, "poison-utf8-" + run).value()).isEqualTo(notUtf8);
        assertThat(deadLetter(seen, "poison-schema-" + run).value()).isEqualTo(schemaInvalid);
        assertThat(deadLetter(seen, "poison-enrich-" + run).value()).isEqualTo(exploding);
        ConsumerRecord<String, byte[]> dead = deadLetter(seen, "poison-schema-" + run);
        assertThat(header(dead, Headers.DLT_REASON)).isEqualTo("SCHEMA_INVALID");
        assertThat(header(dead, Headers.DLT_TOPIC)).isEqualTo(Topics.RAW);
        assertThat(header(dead, Headers.DLT_MESSAGE)).contains("body: is required");
        assertThat(header(dead, Headers.DLT_OFFSET)).matches("\\d+");
        assertThat(header(deadLetter(seen, "poison-json-" + run), Headers.DLT_REASON)).isEqualTo("NOT_JSON");
        assertThat(header(deadLetter(seen, "poison-utf8-" + run), Headers.DLT_REASON)).isEqualTo("NOT_UTF8");
        assertThat(header(deadLetter(seen, "poison-enrich-" + run), Headers.DLT_REASON)).isEqualTo("ENRICHMENT_FAILED");
        assertThat(header(deadLetter(seen, "poison-enrich-" + run), Headers.DLT_EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
        // this run's records only: other tests of the class write enriched records too
        assertThat(seen).filteredOn(r -> r.topic().equals(Topics.ENRICHED) && r.key().endsWith(run))
                .extracting(ConsumerRecord::key).containsExactly(goodKey);
    }

    /**
     * A 10 MB page written straight to the topic (not trimmed by ingest), its article after 8 MB of
     * scripts, is enriched; a record larger than any ingest writes is dead-lettered without its
     * value, and the partition keeps flowing.
     */
    @Test
    void tenMegabytePageFromAnyClientIsEnrichedAndAnOversizedOneDeadLettered() throws Exception {
        String run = UUID.randomUUID().toString();
        StringBuilder page = new StringBuilder("<html><head><title>Harbour reopens after the storm</title>");
        while (page.length() < 8_000_000) {
            page.append("<script>window.__DATA__.push(\"").append("x".repeat(100_000)).append("\");</script>\n");
        }
        page.append("<style>").append(".a{color:red}".repeat(50_000)).append("</style></head><body><article>");
        for (int i = 0; page.length() < 10_000_000; i++) {
            page.append("<p>The harbour reopened on Monday after the storm, and ships ").append(i)
                    .append(" came back to the quay one by one.</p>\n");
        }
        page.append("<p>Closing line ").append(run).append(".</p></article></body></html>");
        byte[] tenMegabytes = mapper.writeValueAsBytes(Map.of("title", "Harbour reopens after the storm",
                "contentType", "text/html", "body", page.toString()));
        byte[] oversized = mapper.writeValueAsBytes(Map.of("title", "Too large", "body", "b".repeat(Topics.RAW_MAX_VALUE_BYTES)));
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers, "compression.type", "zstd",
                "max.request.size", 32 * 1024 * 1024);
        try (KafkaProducer<String, byte[]> big = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            big.send(new ProducerRecord<>(Topics.RAW, "page-" + run, tenMegabytes)).get();
            big.send(new ProducerRecord<>(Topics.RAW, "oversized-" + run, oversized)).get();
        }
        send("after-" + run, mapper.writeValueAsString(Map.of("title", "After the large ones", "body",
                "The council met on Monday. It approved the budget for the new school.")));

        reader.subscribe(List.of(Topics.ENRICHED, Topics.RAW_DEAD_LETTER));
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            reader.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> r.key() != null && r.key().endsWith(run)).count() >= 3;
        });

        ConsumerRecord<String, byte[]> enriched = seen.stream()
                .filter(r -> r.topic().equals(Topics.ENRICHED) && r.key().equals("page-" + run)).findFirst().orElseThrow();
        EnrichedArticle article = mapper.readValue(enriched.value(), EnrichedArticle.class);
        assertThat(article.body()).startsWith("The harbour reopened on Monday after the storm, and ships 0 came back");
        assertThat(article.removed()).extracting(r -> r.text()).anyMatch(text -> text.contains("scripts (JSON-LD kept)"));
        ConsumerRecord<String, byte[]> dead = deadLetter(seen, "oversized-" + run);
        assertThat(dead.value()).isNull();
        assertThat(header(dead, Headers.DLT_REASON)).isEqualTo("TOO_LARGE");
        assertThat(header(dead, Headers.DLT_MESSAGE)).contains("at most 13107200");
        assertThat(header(dead, Headers.DLT_OFFSET)).matches("\\d+");
        assertThat(seen).filteredOn(r -> r.topic().equals(Topics.ENRICHED)).extracting(ConsumerRecord::key)
                .contains("page-" + run, "after-" + run).doesNotContain("oversized-" + run);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            reader.poll(Duration.ofMillis(200)).forEach(r -> {
                if (key.equals(r.key())) {
                    found.add(r);
                }
            });
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static ConsumerRecord<String, byte[]> deadLetter(List<ConsumerRecord<String, byte[]>> seen, String key) {
        return seen.stream().filter(r -> r.topic().equals(Topics.RAW_DEAD_LETTER) && key.equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + key));
    }

    private void send(String key, String json) throws Exception {
        kcat.send(new ProducerRecord<>(Topics.RAW, key, json.getBytes(StandardCharsets.UTF_8))).get();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @TestConfiguration
    static class ExplodingEnricher {

        /** The real enricher, except for one title that makes it throw as a bug would. */
        @Bean
        @Primary
        ArticleEnricher explodingOnOneTitle(@org.springframework.beans.factory.annotation.Qualifier("coreEnricher") ArticleEnricher enricher) {
            return (article, context) -> {
                if (EXPLODING_TITLE.equals(article.title())) {
                    throw new IllegalStateException("enrichment bug triggered by " + article.id());
                }
                return enricher.enrich(article, context);
            };
        }
    }

    @Test
    void openApiDescriptionSaysWhatItConsumesAndProducesAndListsHealth() throws Exception {
        var http = HttpClient.newHttpClient();
        var docs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        var ui = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(ui.statusCode()).isEqualTo(200);
        var description = mapper.readTree(docs.body());
        assertThat(description.at("/info/description").asString())
                .contains(Topics.RAW, Topics.ENRICHED, Topics.RAW_DEAD_LETTER);
        assertThat(description.get("paths").propertyNames()).contains("/actuator/health", "/actuator/prometheus");
    }
}
