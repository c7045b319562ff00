package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.HtmlTrim;
import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What ingest-service promises over real HTTP against a real broker, whichever broker the
 * subclass provides: records are on the raw topic exactly for the articles answered 2xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "newsflow.ingest.batch-max-items=50")
abstract class IngestHttpContract {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    record Response(int status, java.net.http.HttpHeaders headers, String body) {

        JsonNode json() {
            return MAPPER.readTree(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    // ---- accepted articles ----

    @Test
    void jsonArticleIsAcceptedOnlyOnceOnTheRawTopicKeyedByIdWithHeaders() {
        String id = "json-" + UUID.randomUUID();
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles", JSON, """
                {"id":"%s","url":"https://example.com/news/1","source":"wire","title":" Council approves budget ",
                 "body":"The council voted 7 to 2.","language":"en","publishedAt":"2024-05-01T09:30:00Z",
                 "metadata":{"section":"local"},"somethingElse":{"ignored":true}}
                """.formatted(id));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.contentType()).startsWith(JSON);
        assertThat(response.json().properties()).hasSize(2);
        assertThat(response.json().get("id").stringValue()).isEqualTo(id);
        assertThat(response.json().get("status").stringValue()).isEqualTo("accepted");

        List<ConsumerRecord<String, byte[]>> records = recordsSince(before);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(record.key()).isEqualTo(id);
        JsonNode value = MAPPER.readTree(record.value());
        assertThat(value.get("id").stringValue()).isEqualTo(id);
        assertThat(value.get("title").stringValue()).isEqualTo("Council approves budget");
        assertThat(value.get("metadata").get("section").stringValue()).isEqualTo("local");
        assertThat(value.has("somethingElse")).isFalse();
        assertThat(UUID.fromString(header(record, Headers.CE_ID))).isNotNull();
        assertThat(header(record, Headers.CE_TYPE)).isEqualTo(EventTypes.RAW);
        assertThat(header(record, Headers.CE_SOURCE)).isEqualTo("/ingest-service");
        assertThat(header(record, Headers.CE_SPECVERSION)).isEqualTo(EventTypes.SPEC_VERSION);
        assertThat(java.time.Instant.parse(header(record, Headers.CE_TIME))).isNotNull();
        assertThat(header(record, Headers.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(java.time.Instant.parse(header(record, Headers.INGESTED_AT))).isNotNull();
    }

    @Test
    void plainTextArticleTakesItsTitleFromTheFirstLine() {
        String url = "https://example.com/text/" + UUID.randomUUID();
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles?source=wire&language=en&url=" + url, "text/plain; charset=utf-8",
                "\n  \nHarbour reopens after storm\n\nThe harbour reopened on Monday.\nShips are back.\n");

        assertThat(response.status()).isEqualTo(202);
        String id = response.json().get("id").stringValue();
        assertThat(id).startsWith("u-");
        JsonNode value = onlyRecordSince(before, id);
        assertThat(value.get("title").stringValue()).isEqualTo("Harbour reopens after storm");
        assertThat(value.get("body").stringValue()).isEqualTo("The harbour reopened on Monday.\nShips are back.");
        assertThat(value.get("contentType").stringValue()).isEqualTo("text/plain");
        assertThat(value.get("source").stringValue()).isEqualTo("wire");
        assertThat(value.get("url").stringValue()).isEqualTo(url);
    }

    @Test
    void htmlArticleKeepsThePageAndTakesTheTitleFromIt() {
        String html = "<html><head><title>Bridge closed | Daily</title><meta property=\"og:title\" content=\"Bridge closed\">"
                + "</head><body><h1>Bridge closed</h1><p>Repairs start " + UUID.randomUUID() + ".</p></body></html>";
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles", "text/html", html);

        assertThat(response.status()).isEqualTo(202);
        JsonNode value = onlyRecordSince(before, response.json().get("id").stringValue());
        assertThat(value.get("title").stringValue()).isEqualTo("Bridge closed");
        assertThat(value.get("body").stringValue()).isEqualTo(html);
        assertThat(value.get("contentType").stringValue()).isEqualTo("text/html");
    }

    @Test
    void theSameArticleTwiceGetsTheSameIdAndIsWrittenOnce() {
        String article = "{\"title\":\"Same story\",\"body\":\"Told twice " + UUID.randomUUID() + "\"}";
        Map<TopicPartition, Long> before = endOffsets();

        Response first = post("/api/v1/articles", JSON, article);
        Response second = post("/api/v1/articles", JSON, article);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(first.json().get("status").stringValue()).isEqualTo("accepted");
        assertThat(second.json().get("status").stringValue()).isEqualTo("duplicate");
        String id = first.json().get("id").stringValue();
        assertThat(id).startsWith("c-");
        assertThat(second.json().get("id").stringValue()).isEqualTo(id);
        assertThat(recordsSince(before)).extracting(ConsumerRecord::key).containsExactly(id);
    }

    @Test
    void articlesWithoutIdFromTheSameUrlShareTheId() {
        String path = "/story/" + UUID.randomUUID();
        Response first = post("/api/v1/articles", JSON,
                "{\"url\":\"https://www.example.com" + path + "?utm_source=feed\",\"title\":\"T\",\"body\":\"First version\"}");
        Response second = post("/api/v1/articles", JSON,
                "{\"url\":\"http://example.com" + path + "/\",\"title\":\"T\",\"body\":\"Corrected version\"}");

        assertThat(first.json().get("id").stringValue()).startsWith("u-")
                .isEqualTo(second.json().get("id").stringValue());
        // new content under the same id is a new version, not a duplicate
        assertThat(second.json().get("status").stringValue()).isEqualTo("accepted");
    }

    // ---- batches ----

    @Test
    void ndjsonBatchReportsEachItemAndWritesOnlyTheValidOnes() {
        String run = UUID.randomUUID().toString();
        String ndjson = String.join("\n",
                "{\"id\":\"nd-1-" + run + "\",\"title\":\"One\",\"body\":\"First\"}",
                "{\"title\":\"Broken\",\"body\":",
                "",
                "{\"id\":\"nd-3-" + run + "\",\"title\":\"Three\"}",
                "{\"title\":3,\"body\":\"x\"}",
                "{\"id\":\"nd-5-" + run + "\",\"title\":\"Five\",\"body\":\"Fifth\"}") + "\n";
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles/batch", NDJSON, ndjson);

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(5);
        assertItem(results.get(0), 0, "accepted", "nd-1-" + run, null);
        assertItem(results.get(1), 1, "rejected", null, "line 2: Malformed JSON");
        assertItem(results.get(2), 2, "rejected", "nd-3-" + run, "body: is required");
        assertItem(results.get(3), 3, "rejected", null, "title: must be a string");
        assertItem(results.get(4), 4, "accepted", "nd-5-" + run, null);
        assertThat(response.json().get("accepted").intValue()).isEqualTo(2);
        assertThat(response.json().get("rejected").intValue()).isEqualTo(3);
        assertThat(recordsSince(before)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("nd-1-" + run, "nd-5-" + run);
    }

    @Test
    void jsonArrayBatchReportsEachItemAndWritesOnlyTheValidOnes() {
        String run = UUID.randomUUID().toString();
        String valid = "{\"id\":\"ja-0-" + run + "\",\"title\":\"Zero\",\"body\":\"First\"}";
        String array = "[" + valid + ", \"not an article\", {\"id\":\"ja-2-" + run + "\",\"title\":\" \",\"body\":\"b\"}, "
                + valid + ", {\"title\":\"Three\",\"body\":\"Fourth " + run + "\",\"language\":\"EN\"}, "
                + "{\"title\":\"Five\",\"body\":\"Sixth " + run + "\"}]";
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles/batch", JSON, array);

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(6);
        assertItem(results.get(0), 0, "accepted", "ja-0-" + run, null);
        assertItem(results.get(1), 1, "rejected", null, "Expected a JSON object");
        assertItem(results.get(2), 2, "rejected", "ja-2-" + run, "title: must not be empty");
        assertItem(results.get(3), 3, "duplicate", "ja-0-" + run, null);
        assertItem(results.get(4), 4, "rejected", null, "language: must be an ISO 639-1 code");
        String sixth = results.get(5).get("id").stringValue();
        assertItem(results.get(5), 5, "accepted", sixth, null);
        assertThat(recordsSince(before)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("ja-0-" + run, sixth);
    }

    // ---- bad input ----

    record BadInput(String name, String path, String contentType, BodyPublisher body, int status, String detail) {
    }

    @Test
    void badInputGetsAnActionableProblemAndNothingReachesTheTopic() {
        byte[] invalidUtf8 = concat("{\"title\":\"T\",\"body\":\"caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.UTF_8));
        String hugeString = "{\"title\":\"T\",\"body\":\"" + "a".repeat(1_100_000) + "\"}";
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'a');
        String deep = "{\"title\":\"T\",\"body\":\"B\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        byte[] garbage = new byte[4096];
        new Random(4).nextBytes(garbage);
        garbage[0] = (byte) 0xFF; // never valid in UTF-8, whatever the random bytes after it
        String tooManyItems = "{\"title\":\"T\",\"body\":\"B\"}\n".repeat(51);
        String article = "/api/v1/articles";
        String batch = "/api/v1/articles/batch";
        List<BadInput> table = List.of(
                new BadInput("malformed JSON", article, JSON, text("{\"title\": \"T\",\n \"body\": }"), 400, "line 2, column"),
                new BadInput("truncated JSON", article, JSON, text("{\"title\": \"T\", \"body\": \"B\""), 400, "Malformed JSON"),
                new BadInput("wrong types", article, JSON, text("{\"title\": 42, \"body\": [\"x\"]}"), 400,
                        "title: must be a string, got a number; body: must be a string, got an array"),
                new BadInput("metadata not strings", article, JSON,
                        text("{\"title\":\"T\",\"body\":\"B\",\"metadata\":{\"n\":1}}"), 400, "metadata.n: must be a string"),
                new BadInput("missing title", article, JSON, text("{\"body\":\"B\"}"), 400, "title: is required"),
                new BadInput("blank body", article, JSON, text("{\"title\":\"T\",\"body\":\"  \"}"), 400, "body: must not be empty"),
                new BadInput("not an object", article, JSON, text("[1, 2]"), 400, "Expected a JSON object"),
                new BadInput("duplicate field", article, JSON, text("{\"title\":\"T\",\"title\":\"U\",\"body\":\"B\"}"), 400,
                        "Duplicate"),
                new BadInput("invalid attributes", article, JSON, text("{\"id\":\"../x\",\"url\":\"ftp://x\",\"title\":\"T\","
                        + "\"body\":\"B\",\"publishedAt\":\"yesterday\",\"contentType\":\"application/pdf\"}"), 400,
                        "id: must be 1-128 characters"),
                new BadInput("title too long", article, JSON, text("{\"title\":\"" + "t".repeat(1001) + "\",\"body\":\"B\"}"), 400,
                        "at most 1000"),
                new BadInput("deep nesting", article, JSON, text(deep), 400, "nested too deeply"),
                new BadInput("huge string over the limit", article, JSON, text(hugeString), 413, "at most 1048576 bytes"),
                new BadInput("10 MB body", article, JSON, BodyPublishers.ofByteArray(tenMegabytes), 413, "at most 1048576 bytes"),
                new BadInput("10 MB chunked body", article, JSON,
                        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytes)), 413, "at most 1048576 bytes"),
                new BadInput("invalid UTF-8 JSON", article, JSON, BodyPublishers.ofByteArray(invalidUtf8), 400, "not valid UTF-8"),
                new BadInput("invalid UTF-8 text", article, "text/plain", BodyPublishers.ofByteArray(
                        new byte[] {'T', '\n', (byte) 0xFF, (byte) 0xFE}), 400, "not valid UTF-8"),
                new BadInput("empty JSON body", article, JSON, BodyPublishers.noBody(), 400, "The body is empty"),
                new BadInput("empty text body", article, "text/plain", BodyPublishers.noBody(), 400, "The body is empty"),
                new BadInput("title without body", article, "text/plain", text("Only a title\n"), 400, "Only a title line"),
                new BadInput("html without title", article, "text/html", text("<p>no title</p>"), 400, "no <title>"),
                new BadInput("unsupported content type", article, "application/xml", text("<a/>"), 415,
                        "send one of: application/json, text/html, text/plain"),
                new BadInput("missing content type", article, null, text("{\"title\":\"T\",\"body\":\"B\"}"), 415,
                        "No Content-Type header"),
                new BadInput("batch as text", batch, "text/plain", text("T\nB"), 415, "application/x-ndjson"),
                new BadInput("empty batch", batch, NDJSON, text("\n\n"), 400, "The batch has no articles"),
                new BadInput("batch not an array", batch, JSON, text("{\"title\":\"T\",\"body\":\"B\"}"), 400,
                        "Expected a JSON array"),
                new BadInput("malformed batch array", batch, JSON, text("[{\"title\":\"T\",\"body\":\"B\"},"), 400,
                        "Malformed JSON"),
                new BadInput("too many batch items", batch, NDJSON, text(tooManyItems), 413, "at most 50"),
                new BadInput("10 MB batch of garbage", batch, NDJSON, BodyPublishers.ofByteArray(tenMegabytes), 400,
                        "None of the 1 articles in the batch is valid"),
                new BadInput("batch of only invalid items", batch, NDJSON, text("{\"title\":\"T\"}\n[]\n"), 400,
                        "None of the 2 articles in the batch is valid"),
                new BadInput("binary garbage", article, JSON, BodyPublishers.ofByteArray(garbage), 400, "not valid UTF-8"),
                new BadInput("unknown charset", article, "application/json; charset=x-no-such-charset",
                        text("{\"title\":\"T\",\"body\":\"B\"}"), 415, "charset=x-no-such-charset' is not supported"),
                new BadInput("invalid UTF-8 batch", batch, NDJSON, BodyPublishers.ofByteArray(invalidUtf8), 400,
                        "not valid UTF-8"),
                new BadInput("deep nesting in a batch", batch, NDJSON, text(deep), 400,
                        "None of the 1 articles in the batch is valid"));
        Map<TopicPartition, Long> before = endOffsets();

        SoftAssertions softly = new SoftAssertions();
        for (BadInput input : table) {
            Response response = send(input.path(), input.contentType(), input.body());
            softly.assertThat(response.status()).as(input.name()).isEqualTo(input.status());
            softly.assertThat(response.contentType()).as(input.name()).startsWith("application/problem+json");
            if (response.contentType().startsWith("application/problem+json")) {
                JsonNode problem = response.json();
                softly.assertThat(problem.get("status").intValue()).as(input.name()).isEqualTo(input.status());
                softly.assertThat(problem.get("title").stringValue()).as(input.name()).isNotBlank();
                softly.assertThat(problem.get("detail").stringValue()).as(input.name()).contains(input.detail());
            }
        }
        softly.assertAll();

        // a valid article after all of them: the only new record on the topic
        String marker = "marker-" + UUID.randomUUID();
        assertThat(post(article, JSON, "{\"id\":\"" + marker + "\",\"title\":\"T\",\"body\":\"B\"}").status()).isEqualTo(202);
        assertThat(recordsSince(before)).extracting(ConsumerRecord::key).containsExactly(marker);
        assertThat(get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void invalidArticleProblemListsEachError() {
        Response response = post("/api/v1/articles", JSON, "{\"title\":\"\",\"language\":\"English\"}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("field").stringValue()).isEqualTo("title");
        assertThat(errors.get(1).get("field").stringValue()).isEqualTo("body");
        assertThat(errors.get(2).get("field").stringValue()).isEqualTo("language");
        assertThat(response.json().get("instance").stringValue()).isEqualTo("/api/v1/articles");
    }

    @Test
    void anotherMethodGetsAProblemToo() {
        Response response = exchange(HttpRequest.newBuilder(uri("/api/v1/articles")).PUT(text("{}"))
                .header("Content-Type", JSON));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    // ---- large and compressed bodies ----

    /** A page with nothing to trim, just under 10 MiB: the whole page reaches the topic (raw topic, producer and broker limits). */
    @Test
    void tenMegabyteHtmlPageIsOnTheTopicWhole() {
        String html = page("Ten megabytes of article " + UUID.randomUUID(), "", 10 * 1024 * 1024 - 1024);
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles", "text/html", html);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        List<ConsumerRecord<String, byte[]>> records = recordsSince(before);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value().length).isGreaterThan(10_000_000);
        JsonNode value = MAPPER.readTree(records.get(0).value());
        assertThat(value.get("body").stringValue()).isEqualTo(html);
        assertThat(value.get("contentType").stringValue()).isEqualTo("text/html");
        assertThat(value.get("metadata") == null || value.get("metadata").isNull() || value.get("metadata").isEmpty()).isTrue();
    }

    /** A real page's weight is scripts, styles and inline data: they go before the record is written, and the metadata says so. */
    @Test
    void htmlPageIsTrimmedOfScriptsStylesCommentsAndInlineData() {
        String jsonLd = "<script type=\"application/ld+json\">{\"headline\":\"Trimmed\"}</script>";
        String weight = "<script>window.__STATE__ = \"" + "x".repeat(3_000_000) + "\";</script><style>" + "p{}".repeat(300_000)
                + "</style><!-- " + "c".repeat(100_000) + " --><img src=\"data:image/png;base64," + "A".repeat(500_000) + "\">";
        String html = page("A page that weighs more than its article " + UUID.randomUUID(), jsonLd + weight, 1_500_000);
        Map<TopicPartition, Long> before = endOffsets();

        Response response = post("/api/v1/articles", "text/html", html);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode value = onlyRecordSince(before, response.json().get("id").stringValue());
        String body = value.get("body").stringValue();
        assertThat(body).contains(jsonLd, "<p>", "data:image/png;base64,\"").doesNotContain("__STATE__", "p{}", "<!--", "AAAA");
        assertThat(body.length()).isBetween(1_500_000, 1_600_000);
        assertThat(value.get("metadata").get(HtmlTrim.METADATA_KEY).stringValue())
                .contains("1 scripts (JSON-LD kept), 1 style sheets, 1 comments, 1 inline data: URI payloads");
    }

    @Test
    void gzipAndDeflateBodiesAreDecompressed() throws IOException {
        String html = page("Compressed page " + UUID.randomUUID(), "<script>var big = 1;</script>", 2_000_000);
        String text = "Compressed text " + UUID.randomUUID() + "\n\nThe body of a plain text article.";
        Map<TopicPartition, Long> before = endOffsets();

        Response gzipHtml = send("/api/v1/articles", "text/html", BodyPublishers.ofByteArray(gzip(html)), "gzip");
        Response deflateText = send("/api/v1/articles", "text/plain", BodyPublishers.ofByteArray(deflate(text, false)), "deflate");
        Response rawDeflateText = send("/api/v1/articles?source=raw-deflate", "text/plain",
                BodyPublishers.ofByteArray(deflate(text + " Raw.", true)), "deflate");

        assertThat(gzipHtml.status()).as(gzipHtml.body()).isEqualTo(202);
        assertThat(deflateText.status()).as(deflateText.body()).isEqualTo(202);
        assertThat(rawDeflateText.status()).as(rawDeflateText.body()).isEqualTo(202);
        Map<String, JsonNode> written = recordsSince(before).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> MAPPER.readTree(r.value())));
        assertThat(written.get(gzipHtml.json().get("id").stringValue()).get("body").stringValue())
                .isEqualTo(html.replace("<script>var big = 1;</script>", ""));
        assertThat(written.get(deflateText.json().get("id").stringValue()).get("body").stringValue())
                .isEqualTo("The body of a plain text article.");
        assertThat(written.get(rawDeflateText.json().get("id").stringValue()).get("body").stringValue())
                .isEqualTo("The body of a plain text article. Raw.");
    }

    @Test
    void oversizedCorruptAndBombBodiesGetAProblemThatNamesTheLimit() throws IOException {
        String overTenMegabytes = page("Too big", "", 10 * 1024 * 1024 + 1);
        // 64 MiB of one byte compresses 1000:1; decompression stops one byte past the limit
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }
        Map<TopicPartition, Long> before = endOffsets();

        Response html = post("/api/v1/articles", "text/html", overTenMegabytes);
        Response text = post("/api/v1/articles", "text/plain", "Title\n" + "a".repeat(1024 * 1024));
        Response htmlBomb = send("/api/v1/articles", "text/html", BodyPublishers.ofByteArray(bomb.toByteArray()), "gzip");
        Response jsonBomb = send("/api/v1/articles", JSON, BodyPublishers.ofByteArray(bomb.toByteArray()), "gzip");
        Response corrupt = send("/api/v1/articles", "text/plain", text("not gzip at all"), "gzip");
        Response truncated = send("/api/v1/articles", "text/plain",
                BodyPublishers.ofByteArray(Arrays.copyOf(gzip("Title\nBody " + "b".repeat(10_000)), 40)), "gzip");
        Response brotli = send("/api/v1/articles", "text/plain", text("Title\nBody"), "br");

        assertProblem(html, 413, "this endpoint takes at most 10485760 bytes (10 MiB)");
        assertProblem(text, 413, "at most 1048576 bytes (1 MiB)");
        assertProblem(htmlBomb, 413, "more than 10485760 bytes once decompressed (gzip)");
        assertProblem(jsonBomb, 413, "more than 1048576 bytes once decompressed (gzip)");
        assertProblem(corrupt, 400, "not valid gzip data");
        assertProblem(truncated, 400, "not valid gzip data");
        assertProblem(brotli, 415, "Content-Encoding 'br' is not supported");
        assertThat(brotli.headers().firstValue("Accept-Encoding")).hasValue("gzip, deflate");
        assertThat(recordsSince(before)).isEmpty();
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").stringValue()).contains(detail);
    }

    /** A page: head with title and {@code extra}, then an article of {@code length} chars of paragraphs. */
    private static String page(String title, String extra, int length) {
        StringBuilder html = new StringBuilder(length + extra.length() + 128).append("<html><head><title>").append(title)
                .append("</title>").append(extra).append("</head><body>");
        int start = html.length();
        String tail = "</body></html>";
        html.append("<article>");
        Random random = new Random(title.hashCode());
        while (html.length() - start < length - tail.length() - 400) {
            html.append("<p>");
            for (int w = 0; w < 30; w++) {
                html.append(WORDS[random.nextInt(WORDS.length)]).append(w == 29 ? ". " : " ");
            }
            html.append("</p>\n");
        }
        int fill = length - tail.length() - (html.length() - start) - "<p></p></article>".length();
        html.append("<p>").append("z".repeat(Math.max(0, fill))).append("</p></article>");
        return html.append(tail).toString();
    }

    private static final String[] WORDS = {"council", "harbour", "minister", "storm", "budget", "said", "on", "the",
            "reopened", "vote", "Monday", "talks", "price", "river", "school", "police", "court", "market"};

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(String text, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    // ---- operations ----

    @Test
    void healthIncludesKafkaAndMetricsAreExposed() {
        Response health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("kafka").get("status").stringValue()).isEqualTo("UP");

        post("/api/v1/articles", JSON, "{\"title\":\"Metrics\",\"body\":\"" + UUID.randomUUID() + "\"}");
        Response prometheus = get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("newsflow_ingest_articles_total{application=\"ingest-service\",status=\"accepted\"}");
    }

    // ---- helpers ----

    static void assertItem(JsonNode item, int index, String status, String id, String errorFragment) {
        assertThat(item.get("index").intValue()).isEqualTo(index);
        assertThat(item.get("status").stringValue()).as("status of item %d: %s", index, item).isEqualTo(status);
        if (id == null) {
            assertThat(item.has("id")).as("item %d has no id", index).isFalse();
        } else {
            assertThat(item.get("id").stringValue()).isEqualTo(id);
        }
        if (errorFragment == null) {
            assertThat(item.has("error")).as("item %d has no error", index).isFalse();
        } else {
            assertThat(item.get("error").stringValue()).contains(errorFragment);
        }
    }

    Response post(String path, String contentType, String body) {
        return send(path, contentType, text(body));
    }

    Response get(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response send(String path, String contentType, BodyPublisher body) {
        return send(path, contentType, body, null);
    }

    Response send(String path, String contentType, BodyPublisher body, String contentEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (contentEncoding != null) {
            request.header("Content-Encoding", contentEncoding);
        }
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static BodyPublisher text(String body) {
        return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private JsonNode onlyRecordSince(Map<TopicPartition, Long> before, String id) {
        List<ConsumerRecord<String, byte[]>> records = recordsSince(before);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly(id);
        return MAPPER.readTree(records.get(0).value());
    }

    /** A fresh consumer: no group, no committed offsets, nothing shared with the service. */
    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10));
        }
    }

    /**
     * Every record written to the raw topic since {@code before}. 202 means acknowledged with
     * acks=all, so what was acknowledged is below the current end offsets already.
     */
    List<ConsumerRecord<String, byte[]>> recordsSince(Map<TopicPartition, Long> before) {
        Map<TopicPartition, Long> end = endOffsets();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(end.keySet());
            end.keySet().forEach(tp -> consumer.seek(tp, before.getOrDefault(tp, 0L)));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return records.stream()
                .filter(r -> r.offset() < end.get(new TopicPartition(r.topic(), r.partition())))
                .collect(Collectors.toList());
    }
}
