package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three services as processes (see {@link Pipeline}): the seed article goes in at the HTTP edge
 * and comes out cleaned and queryable at the read API, and as an event on the published topic.
 */
@ExtendWith(Pipeline.Resolver.class)
class PipelineEndToEndIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = Pipeline.JSON;
    private static final Path SEED = Pipeline.SEED;

    private static EmbeddedKafkaKraftBroker kafka;
    private static ServiceProcess ingest;
    private static ServiceProcess publish;

    @BeforeAll
    static void pipeline(Pipeline pipeline) {
        kafka = pipeline.kafka;
        ingest = pipeline.ingest;
        publish = pipeline.publish;
    }

    @Test
    void seedArticleBecomesQueryableCleanedAndPublished() throws Exception {
        List<String> publishedKeys = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, String> subscriber = subscriber()) {
            subscriber.subscribe(List.of(Topics.PUBLISHED));

            var accepted = HTTP.send(HttpRequest.newBuilder(ingest.uri("/api/v1/articles"))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofFile(SEED)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String id = JSON.readTree(accepted.body()).get("id").asString();
            assertThat(JSON.readTree(accepted.body()).get("status").asString()).isEqualTo("accepted");

            JsonNode article = await("the seed article queryable").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> get(publish.uri("/api/v1/articles/" + id)), node -> node != null);

            assertThat(article.get("title").asString())
                    .isEqualTo("Kim Jong Un Pledges Full Support To Russia During Summit With Putin");
            String body = article.get("body").asString();
            assertThat(body).doesNotContain("Leave a Reply", "Your email address will not be published",
                    "Required fields are marked", "Copyright © 2023 ANN All Rights Reserved");
            assertThat(body.toLowerCase()).doesNotStartWith("kim jong un pledges full support to russia");
            assertThat(body).contains("Russian President Vladimir Putin met North Korean leader Kim Jong Un");
            assertThat(article.get("language").asString()).isEqualTo("en");
            assertThat(article.get("wordCount").asInt()).isGreaterThan(300);
            assertThat(article.get("sentenceCount").asInt()).isGreaterThan(20);
            List<String> removed = new ArrayList<>();
            article.get("removed").forEach(item -> removed.add(item.get("text").asString()));
            assertThat(removed).anySatisfy(text -> assertThat(text).contains("Leave a Reply"))
                    .anySatisfy(text -> assertThat(text).contains("Your email address will not be published"))
                    .anySatisfy(text -> assertThat(text).contains("Copyright © 2023 ANN All Rights Reserved"))
                    .anySatisfy(text -> assertThat(text).containsIgnoringCase("Kim Jong Un Pledges Full Support to Russia"));

            await("the published event").atMost(Duration.ofSeconds(30)).until(() -> {
                subscriber.poll(Duration.ofMillis(200)).forEach(r -> publishedKeys.add(r.key()));
                return publishedKeys.contains(id);
            });

            JsonNode page = get(publish.uri("/api/v1/articles?limit=10"));
            assertThat(page.get("items")).anySatisfy(item -> assertThat(item.get("id").asString()).isEqualTo(id));
        }
    }

    /**
     * Every record the services wrote to the three topics matches the contract's JSON Schema, and
     * the enriched and published ones carry the CloudEvents headers. Ingests its own article, so
     * it does not depend on the order the methods run in.
     */
    @Test
    void everyEventOnEveryTopicMatchesItsSchema() throws Exception {
        String id = "schema-check-" + UUID.randomUUID();
        var accepted = HTTP.send(HttpRequest.newBuilder(ingest.uri("/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id":"%s","url":"https://example.com/harbour?utm_source=feed","source":"wire",
                         "title":"Harbour reopens after storm","body":"The harbour in Vladivostok reopened on Monday. \
                        “We are back,” said Anna Petrova, the harbour master. Ships from Japan arrived at noon.",
                         "language":"en","publishedAt":"2024-05-01T09:30:00Z","author":"A. Writer",
                         "metadata":{"section":"local"}}
                        """.formatted(id))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        await("the article queryable").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(publish.uri("/api/v1/articles/" + id)), node -> node != null);

        Map<String, Schema> schemaOf = Map.of(Topics.RAW, schema("raw-article"),
                Topics.ENRICHED, schema("enriched-article"), Topics.PUBLISHED, schema("published-article"));
        List<String> problems = new ArrayList<>();
        for (var topicAndSchema : schemaOf.entrySet()) {
            String topic = topicAndSchema.getKey();
            List<ConsumerRecord<String, byte[]>> records = readAll(topic, id);
            assertThat(records).as(topic).extracting(ConsumerRecord::key).contains(id);
            for (ConsumerRecord<String, byte[]> record : records) {
                String where = topic + "-" + record.partition() + "@" + record.offset() + " (" + record.key() + ")";
                topicAndSchema.getValue().validate(JSON.readTree(record.value()))
                        .forEach(error -> problems.add(where + ": " + error));
                if (!topic.equals(Topics.RAW)) {
                    problems.addAll(missingCloudEventHeaders(record, where));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> missingCloudEventHeaders(ConsumerRecord<String, byte[]> record, String where) {
        List<String> problems = new ArrayList<>();
        for (String name : List.of(Headers.CE_ID, Headers.CE_TYPE, Headers.CE_SOURCE, Headers.CE_SPECVERSION,
                Headers.CE_TIME, Headers.CONTENT_TYPE)) {
            if (header(record, name) == null || header(record, name).isBlank()) {
                problems.add(where + ": no " + name + " header");
            }
        }
        String type = header(record, Headers.CE_TYPE);
        String expected = record.topic().equals(Topics.ENRICHED) ? EventTypes.ENRICHED : EventTypes.PUBLISHED;
        if (type != null && !type.equals(expected)) {
            problems.add(where + ": ce_type " + type + ", expected " + expected);
        }
        if (record.topic().equals(Topics.PUBLISHED)
                && !String.valueOf(header(record, Headers.CE_ID)).equals(JSON.readTree(record.value()).get("eventId").asString())) {
            problems.add(where + ": ce_id is not the payload's eventId");
        }
        return problems;
    }

    /** Every record of a topic as a read_committed reader sees it, up to and including the one keyed {@code id}. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, String id) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var reader = new KafkaConsumer<>(readerProperties(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            await(topic + " read to its end").atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(records::add);
                // with read_committed, the end offsets are the last stable ones
                Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
                return partitions.stream().allMatch(p -> reader.position(p) >= ends.get(p))
                        && records.stream().anyMatch(r -> id.equals(r.key()));
            });
        }
        return records;
    }

    private static Properties readerProperties() {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A schema of the contracts module, from its jar; format assertions on, so date-times are checked. */
    private static Schema schema(String name) throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = Topics.class.getClassLoader().getResourceAsStream("schemas/" + name + ".schema.json")) {
            return registry.getSchema(in);
        }
    }

    private static JsonNode get(URI uri) throws IOException, InterruptedException {
        return Pipeline.get(uri);
    }

    private static KafkaConsumer<String, String> subscriber() {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-subscriber");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
