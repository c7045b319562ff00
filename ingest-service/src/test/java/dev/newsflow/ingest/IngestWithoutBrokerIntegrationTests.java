package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a real process would run it, pointed at a port where no broker listens: valid
 * articles get 503 with Retry-After within seconds, never 202. Also checks API keys, which are
 * judged before anything touches Kafka.
 */
class IngestWithoutBrokerIntegrationTests {

    private static final String KEY = "test-key-1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startWithoutBroker() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        app = new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort,
                "--spring.kafka.admin.auto-create=false",
                "--newsflow.ingest.api-keys=other-key, " + KEY,
                "--newsflow.ingest.retry-after-seconds=7");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void validArticleGets503WithRetryAfterWithinSecondsAndNever202() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post("/api/v1/articles", "application/json",
                "{\"title\":\"T\",\"body\":\"B\"}", "X-API-Key", KEY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(MAPPER.readTree(response.body()).get("detail").stringValue())
                .contains("The broker did not acknowledge the article");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void batchItemsAreReportedFailedNotAccepted() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post("/api/v1/articles/batch", "application/x-ndjson",
                "{\"title\":\"A\",\"body\":\"a\"}\n{\"title\":\"B\",\"body\":\"b\"}\n{\"title\":\"C\"}\n",
                "Authorization", "Bearer " + KEY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        JsonNode results = MAPPER.readTree(response.body()).get("results");
        assertThat(results).extracting(item -> item.get("status").stringValue())
                .containsExactly("failed", "failed", "rejected");
        assertThat(results.get(0).get("error").stringValue()).contains("send it again later");
        // the first failure stops the others from each waiting out the producer's block time
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void healthIsDownWhileTheBrokerIsUnreachable() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(MAPPER.readTree(health.body()).get("components").get("kafka").get("status").stringValue())
                .isEqualTo("DOWN");
    }

    @Test
    void missingOrWrongApiKeyGets401Problem() throws Exception {
        HttpResponse<String> missing = post("/api/v1/articles", "application/json", "{\"title\":\"T\",\"body\":\"B\"}");
        HttpResponse<String> wrong = post("/api/v1/articles", "application/json", "{\"title\":\"T\",\"body\":\"B\"}",
                "X-API-Key", "test-key-2");
        HttpResponse<String> wrongBearer = post("/api/v1/articles/batch", "application/x-ndjson", "{}",
                "Authorization", "Bearer nope");

        for (HttpResponse<String> response : new HttpResponse[] {missing, wrong, wrongBearer}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
        assertThat(MAPPER.readTree(missing.body()).get("detail").stringValue()).contains("requires an API key");
        assertThat(MAPPER.readTree(wrong.body()).get("detail").stringValue()).contains("not valid");
    }

    @Test
    void openApiDescriptionAndSwaggerUiAreOpenWithoutAKey() throws Exception {
        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), BodyHandlers.ofString());
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
                BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(ui.statusCode()).isEqualTo(200);
        JsonNode paths = MAPPER.readTree(docs.body()).get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/articles", "/api/v1/articles/batch",
                "/api/v1/articles/fetch", "/api/v1/sources", "/api/v1/sources/{id}");
        JsonNode submit = paths.get("/api/v1/articles").get("post");
        assertThat(submit.get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "text/plain", "text/html");
        assertThat(submit.get("responses").propertyNames()).contains("202", "400", "401", "413", "415", "503");
        assertThat(submit.get("responses").get("503").get("content").propertyNames()).containsExactly("application/problem+json");
        JsonNode batch = paths.get("/api/v1/articles/batch").get("post");
        assertThat(batch.get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/x-ndjson", "application/json");
        assertThat(batch.get("responses").propertyNames()).contains("200", "400", "401", "413", "415");
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
