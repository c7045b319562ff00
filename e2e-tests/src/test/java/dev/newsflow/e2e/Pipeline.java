package dev.newsflow.e2e;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three services, each from its executable jar in its own process, against one real Kafka broker
 * and one real PostgreSQL: started once for every test class that asks for it (as a parameter of a
 * {@code @BeforeAll} method, with {@code @ExtendWith(Pipeline.Resolver.class)}) and stopped when the
 * test run ends.
 */
final class Pipeline implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("newsflow.version", "0.1.0-SNAPSHOT");
    static final Path SEED = ROOT.resolve("samples/kim-putin-vostochny-summit.txt");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final EmbeddedKafkaKraftBroker kafka;
    final EmbeddedPostgres postgres;
    final ServiceProcess ingest;
    final ServiceProcess enrich;
    final ServiceProcess publish;
    private final Path work;
    private final List<AutoCloseable> started = new ArrayList<>();

    private Pipeline() throws IOException {
        work = Files.createTempDirectory("newsflow-e2e");
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        started.add(kafka::destroy);
        postgres = EmbeddedPostgres.builder().start();
        started.add(postgres);

        int ingestPort = freePort();
        int enrichPort = freePort();
        int publishPort = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP", kafka.getBrokersAsString());
        env.put("TOPIC_PARTITIONS", "3");
        env.put("INGEST_PORT", Integer.toString(ingestPort));
        env.put("ENRICH_PORT", Integer.toString(enrichPort));
        env.put("PUBLISH_PORT", Integer.toString(publishPort));
        env.put("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("DATABASE_USER", "postgres");
        env.put("DATABASE_PASSWORD", "postgres");
        env.put("PUBLISH_BASE_URL", "http://127.0.0.1:" + publishPort);
        env.put("PUBLISH_DESK_INGEST_URL", "http://127.0.0.1:" + ingestPort);
        env.put("INGEST_SOURCES_DESK_ORIGINS", "http://127.0.0.1:" + publishPort);
        env.put("INGEST_FETCH_ALLOWED_HOSTS", "127.0.0.1");
        env.put("ENRICH_STATE_DIR", work.resolve("enrich-state").toString());

        Path logs = ROOT.resolve("e2e-tests/target/e2e-logs");
        ingest = start("ingest-service", ingestPort, env, logs);
        enrich = start("enrich-service", enrichPort, env, logs);
        publish = start("publish-service", publishPort, env, logs);
        try {
            for (ServiceProcess service : List.of(ingest, enrich, publish)) {
                service.awaitHealthy(Duration.ofSeconds(240));
            }
        } catch (RuntimeException e) {
            stop(e);
            throw e;
        }
    }

    /** A start that failed leaves no process behind. */
    private void stop(RuntimeException failure) {
        try {
            close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** Lets test classes take the one pipeline of the run as a parameter. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Pipeline.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Pipeline.class))
                    .computeIfAbsent(Pipeline.class, key -> {
                        try {
                            return new Pipeline();
                        } catch (IOException | RuntimeException e) {
                            throw new IllegalStateException("could not start the pipeline", e);
                        }
                    }, Pipeline.class);
        }
    }

    /** Posts an article to ingest-service and returns its answer ({@code id}, {@code status}). */
    JsonNode post(String contentType, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(ingest.uri("/api/v1/articles"))
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new AssertionError("ingest answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Waits until the read API has the article, and returns it. */
    JsonNode awaitStored(String id) {
        return await(id + " queryable").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(publish.uri("/api/v1/articles/" + id)), node -> node != null);
    }

    static JsonNode get(URI uri) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    /** Stops the services, then PostgreSQL and the broker: the reverse of the start. */
    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private ServiceProcess start(String name, int port, Map<String, String> env, Path logs) throws IOException {
        Path jar = ROOT.resolve(name).resolve("target").resolve(name + "-" + VERSION + "-exec.jar");
        ServiceProcess service = ServiceProcess.start(name, jar, port, env, logs);
        started.add(service);
        return service;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
