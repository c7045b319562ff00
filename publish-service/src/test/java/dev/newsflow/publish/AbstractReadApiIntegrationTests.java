package dev.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.store.ArticleStore;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search and stream tests share this one context: a real broker, the shared embedded PostgreSQL,
 * streams with short heartbeats, and a short write timeout so a client that stops reading is cut
 * off quickly. Tests share the store, so each scopes its data by unique sources, words or names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.publish.retry.initial-interval=100ms",
        "newsflow.publish.retry.max-interval=1s",
        "newsflow.publish.base-url=http://news.example",
        "newsflow.publish.paging.rank-window=5",
        "newsflow.publish.paging.facet-exact-limit=4",
        "newsflow.publish.paging.facet-window=3",
        "newsflow.publish.stream.heartbeat=300ms",
        "newsflow.publish.stream.page-size=50",
        "newsflow.publish.stream.max-lag=400",
        "server.tomcat.connection-timeout=3s"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(SmallSocketBuffers.class)
abstract class AbstractReadApiIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    /** This context's broker: the bootstrap system property names whichever broker started last. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    KafkaProbe kafka;
    RestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry, EmbeddedDatabase.shared().getPort());
    }

    @BeforeEach
    void connect() throws Exception {
        kafka = new KafkaProbe(broker.getBrokersAsString());
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

    /** A made-up word no other test and no stemmer will produce: letters only, ends in a consonant. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("qz");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('k').toString().toLowerCase(Locale.ROOT);
    }

    /** Through the pipeline: the enriched topic, the listener, the store; returns once readable. */
    void produceAndAwait(EnrichedArticle... articles) throws Exception {
        for (EnrichedArticle article : articles) {
            kafka.send(Topics.ENRICHED, article.id(), json.writeValueAsBytes(article));
        }
        for (EnrichedArticle article : articles) {
            await().atMost(WAIT).until(() -> http.get().uri("/api/v1/articles/{id}", article.id()).retrieve()
                    .toEntity(String.class).getStatusCode().value() == 200);
        }
    }

    JsonNode get(String path, Object... variables) {
        ResponseEntity<String> response = http.get().uri(path, variables).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("GET %s: %s", path, response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    void assertProblem(String path, String detail, Object... variables) {
        ResponseEntity<String> response = http.get().uri(path, variables).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("GET %s: %s", path, response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(detail);
    }
}
