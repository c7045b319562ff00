package dev.newsflow.publish;

import static dev.newsflow.publish.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.events.PublishedEventSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL stops while articles arrive: consumption pauses and retries with back-off for as
 * long as the outage lasts, and resumes by itself; nothing is skipped and nothing dead-lettered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.publish.retry.initial-interval=100ms",
        "newsflow.publish.retry.max-interval=1s",
        "spring.datasource.hikari.connection-timeout=1000"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class DatabaseOutageIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path DATA = tempDirectory();
    private static final int PORT = freePort();
    private static EmbeddedPostgres postgres = EmbeddedDatabase.startAt(DATA, PORT);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry, PORT);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Test
    void articlesArrivingDuringAnOutageAreStoredWhenTheDatabaseIsBack() throws Exception {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        try (KafkaProbe kafka = new KafkaProbe(bootstrap)) {
            kafka.ensureEnrichedTopic(3);
            EnrichedArticle before = TestArticles.article(TestArticles.uniqueId("before"), 1);
            kafka.send(Topics.ENRICHED, before.id(), json.writeValueAsBytes(before));
            await().atMost(WAIT).until(() -> status(http, before.id()) == 200);

            postgres.close();
            double failuresBefore = transientFailures();
            EnrichedArticle during = TestArticles.article(TestArticles.uniqueId("during"), 1);
            kafka.send(Topics.ENRICHED, during.id(), json.writeValueAsBytes(during));

            // the listener keeps failing and backing off instead of giving up on the record
            await().atMost(WAIT).until(() -> transientFailures() >= failuresBefore + 3);
            ResponseEntity<String> unavailable = http.get().uri("/api/v1/articles/{id}", before.id())
                    .retrieve().toEntity(String.class);
            assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
            assertThat(unavailable.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();

            postgres = EmbeddedDatabase.startAt(DATA, PORT);

            await().atMost(WAIT).until(() -> status(http, during.id()) == 200);
            await().atMost(WAIT).until(() -> kafka.readAll(Topics.PUBLISHED, during.id()).stream()
                    .anyMatch(r -> PublishedEventSender.eventId(during.id(), 1, during.enrichedAt())
                            .equals(header(r, Headers.CE_ID))));
            assertThat(status(http, before.id())).isEqualTo(200);
            assertThat(kafka.readAll(Topics.ENRICHED_DEAD_LETTER)).isEmpty();
        }
    }

    private double transientFailures() {
        Counter counter = meters.find("newsflow.publish.delivery.failures").tag("kind", "transient").counter();
        return counter == null ? 0 : counter.count();
    }

    private static int status(RestClient http, String id) {
        return http.get().uri("/api/v1/articles/{id}", id).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("publish-outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
