package dev.newsflow.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.IngestApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sources end to end against a real broker and web servers on loopback: registration, polling,
 * items becoming articles through the ordinary intake, conditional GET, the seen memory across
 * instances, the fetch endpoint, and every bad input of the issue with the answer it gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.ingest.sources.fetch.allowed-hosts=127.0.0.1",
        "newsflow.ingest.sources.fetch.host-rate=50",
        "newsflow.ingest.sources.fetch.connect-timeout=1s",
        "newsflow.ingest.sources.fetch.read-timeout=2s",
        "newsflow.ingest.sources.fetch.max-bytes=8388608",
        "newsflow.ingest.sources.min-poll-interval=PT1S",
        "newsflow.ingest.sources.max-items-per-poll=5",
        "newsflow.ingest.sources.failing-after=PT0S",
        "newsflow.ingest.sources.failing-poll-interval=PT1H"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class SourcesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicBoolean HONOUR_VALIDATORS = new AtomicBoolean(true);
    private static LocalWeb web;
    private static LocalWeb ipv6;
    private static ServerSocket silent;
    private static final List<Socket> HELD = new ArrayList<>();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @BeforeAll
    static void startSites() throws IOException {
        web = LocalWeb.start();
        ipv6 = LocalWeb.startOn("::1").page("/internal", "text/html", "<title>internal</title><p>secret</p>");
        silent = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    HELD.add(silent.accept());
                }
            } catch (IOException e) {
                // closed
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        Site.serve(web, ipv6);
    }

    @AfterAll
    static void stopSites() throws IOException {
        web.close();
        ipv6.close();
        silent.close();
        for (Socket socket : HELD) {
            socket.close();
        }
    }

    // ---- the happy path ----------------------------------------------------------------------------

    @Test
    void aFeedsItemsBecomeArticlesOnceAndARepollCostsOnlyA304() throws Exception {
        JsonNode source = register(Map.of("url", web.url("/news/feed.xml"), "pollInterval", "PT1S", "name", "Harbour Times"), 201);
        String id = source.get("id").asString();
        assertThat(id).matches("s-[0-9a-f]{16}");

        JsonNode polled = awaitSource(id, s -> assertThat(s.get("notModified").asLong()).isPositive());
        List<JsonNode> articles = rawArticlesOf(id);

        assertThat(polled.get("status").asString()).isEqualTo("ok");
        assertThat(polled.get("kind").asString()).isEqualTo("feed");
        assertThat(polled.get("lastHttpStatus").asInt()).isEqualTo(304);
        assertThat(polled.get("itemsSeen").asLong()).isEqualTo(5);
        assertThat(polled.get("articlesIngested").asLong()).isEqualTo(5);
        assertThat(articles).hasSize(5);
        JsonNode harbour = byTitle(articles, "Harbour reopens after the storm");
        assertThat(harbour.get("id").asString()).isEqualTo(ArticleIds.idOf(
                new RawArticle(null, web.url("/news/harbour-reopens.html"), null, "t", "b", null, null, null, null, null)));
        assertThat(harbour.get("contentType").asString()).isEqualTo("text/html");
        assertThat(harbour.get("source").asString()).isEqualTo("Harbour Times");
        assertThat(harbour.get("author").asString()).isEqualTo("Mia Lund");
        assertThat(harbour.get("publishedAt").asString()).isEqualTo("2024-05-02T07:15:00Z");
        assertThat(harbour.at("/metadata/fetchedFrom").asString()).isEqualTo("page");
        assertThat(harbour.at("/metadata/sourceId").asString()).isEqualTo(id);
        assertThat(harbour.get("body").asString()).contains("The harbour reopened on Thursday");
        assertThat(byTitle(articles, "Council passes the budget").at("/metadata/fetchedFrom").asString())
                .as("a protocol-relative link, a page without <title>: the item's title").isEqualTo("page");
        assertThat(byTitle(articles, "Wire: ferry timetable").at("/metadata/fetchedFrom").asString()).isEqualTo("item");
        assertThat(byTitle(articles, "Leaked memo").at("/metadata/fetchError").asString()).contains("robots.txt");
        assertThat(byTitle(articles, "Old story").at("/metadata/fetchError").asString()).contains("HTTP 404");
        assertThat(web.hits("/private/memo.html")).as("robots.txt obeyed").isZero();
        assertThat(web.hits("/news/harbour-reopens.html")).as("the duplicate item fetched once").isEqualTo(1);
        assertThat(web.hits("/robots.txt")).isEqualTo(1);

        // every later poll is a 304: nothing fetched, nothing written
        int feedHits = web.hits("/news/feed.xml");
        awaitSource(id, s -> assertThat(s.get("polls").asLong()).isGreaterThan(polled.get("polls").asLong() + 1));
        assertThat(web.hits("/news/feed.xml")).isGreaterThan(feedHits);
        assertThat(rawArticlesOf(id)).hasSize(5);
        assertThat(web.hits("/news/harbour-reopens.html")).isEqualTo(1);
    }

    @Test
    void anotherInstanceReadsTheSourcesAndTheirMemoryAndFetchesNoPageAgain() throws Exception {
        JsonNode source = register(Map.of("url", web.url("/restart/feed.xml"), "pollInterval", "PT1S"), 201);
        String id = source.get("id").asString();
        long polls = awaitSource(id, s -> assertThat(s.get("articlesIngested").asLong()).isEqualTo(2)).get("polls").asLong();
        int pageHits = web.hits("/restart/one.html") + web.hits("/restart/two.html");
        HONOUR_VALIDATORS.set(false);
        // a second instance, as after a restart: its own poller group, so it polls every source at once
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--newsflow.ingest.sources.poller-group=second-instance",
                "--newsflow.ingest.sources.fetch.allowed-hosts=127.0.0.1",
                "--newsflow.ingest.sources.fetch.host-rate=50")) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            JsonNode seenThere = awaitSource(secondPort, id, s -> {
                assertThat(s.get("polls").asLong()).isGreaterThan(polls + 2);
                assertThat(s.get("lastHttpStatus").asInt()).isEqualTo(200);
            });

            assertThat(seenThere.get("itemsSeen").asLong()).isEqualTo(2);
            assertThat(web.hits("/restart/one.html") + web.hits("/restart/two.html")).isEqualTo(pageHits);
        } finally {
            HONOUR_VALIDATORS.set(true);
        }
        assertThat(rawArticlesOf(id)).hasSize(2);
    }

    // ---- the API ----------------------------------------------------------------------------------

    @Test
    void registrationRefusesWhatCanNeverBeFetchedAndSaysWhy() throws Exception {
        assertProblem(post("/api/v1/sources", Map.of("url", "file:///etc/passwd")), 400, "not file:");
        assertProblem(post("/api/v1/sources", Map.of("url", "ftp://news.example/feed.xml")), 400, "not ftp:");
        assertProblem(post("/api/v1/sources", Map.of("url", "javascript:alert(1)")), 400, "not javascript:");
        assertProblem(post("/api/v1/sources", Map.of("url", "http://10.0.0.1/feed.xml")), 400, "private");
        assertProblem(post("/api/v1/sources", Map.of("url", "http://169.254.169.254/latest/meta-data/")), 400, "cloud metadata");
        assertProblem(post("/api/v1/sources", Map.of("url", "http://[::1]:8080/feed")), 400, "loopback");
        assertProblem(post("/api/v1/sources", Map.of("url", web.url("/x"), "kind", "podcast")), 400, "kind must be one of");
        assertProblem(post("/api/v1/sources", Map.of("url", web.url("/x"), "pollInterval", "5 minutes")), 400, "ISO-8601");
        assertProblem(post("/api/v1/sources", Map.of("url", web.url("/x"), "pollInterval", "PT0.1S")), 400, "at least");
        assertProblem(postRaw("/api/v1/sources", "{not json"), 400, "not the JSON object");
    }

    @Test
    void aUrlRegisteredTwiceIsAConflictAndPauseResumeAndDeleteWork() throws Exception {
        JsonNode source = register(Map.of("url", web.url("/api/feed.xml?utm_source=x"), "kind", "feed", "pollInterval", "PT1H"), 201);
        String id = source.get("id").asString();

        HttpResponse<String> again = post("/api/v1/sources", Map.of("url", web.url("/api/feed.xml")));
        assertProblem(again, 409, "already registered");
        assertThat(JSON.readTree(again.body()).get("existing").asString()).isEqualTo(id);

        JsonNode paused = JSON.readTree(send("PATCH", "/api/v1/sources/" + id, "{\"paused\": true, \"pollInterval\": \"PT2H\"}").body());
        assertThat(paused.get("status").asString()).isEqualTo("paused");
        assertThat(paused.get("pollInterval").asString()).isEqualTo("PT2H");
        assertThat(list()).anyMatch(s -> s.get("id").asString().equals(id) && s.get("status").asString().equals("paused"));

        assertThat(send("DELETE", "/api/v1/sources/" + id, null).statusCode()).isEqualTo(204);
        assertProblem(get("/api/v1/sources/" + id), 404, "No source with id");
        assertThat(list()).noneMatch(s -> s.get("id").asString().equals(id));
        assertProblem(send("PATCH", "/api/v1/sources/" + id, "{\"paused\": false}"), 404, "No source");
    }

    @Test
    void fetchNowIngestsOnePageLikeAPostedHtmlArticle() throws Exception {
        HttpResponse<String> first = post("/api/v1/articles/fetch", Map.of("url", web.url("/fetch/story.html"), "source", "desk"));
        HttpResponse<String> second = post("/api/v1/articles/fetch", Map.of("url", web.url("/fetch/story.html"), "source", "desk"));

        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(first.body());
        assertThat(answer.get("status").asString()).isEqualTo("accepted");
        assertThat(answer.get("id").asString()).isEqualTo(ArticleIds.idOf(
                new RawArticle(null, web.url("/fetch/story.html"), null, "t", "b", null, null, null, null, null)));
        assertThat(JSON.readTree(second.body()).get("status").asString()).isEqualTo("duplicate");
        assertThat(rawArticles(article -> article.get("url") != null
                && article.get("url").asString().equals(web.url("/fetch/story.html")))).singleElement()
                .satisfies(article -> assertThat(article.get("source").asString()).isEqualTo("desk"));

        assertProblem(post("/api/v1/articles/fetch", Map.of("url", "http://169.254.169.254/latest/meta-data/")), 400, "Refused");
        assertProblem(post("/api/v1/articles/fetch", Map.of("url", web.url("/fetch/missing.html"))), 502, "HTTP 404");
        assertProblem(post("/api/v1/articles/fetch", Map.of("url", web.url("/private/memo.html"))), 403, "robots.txt");
        assertProblem(post("/api/v1/articles/fetch", Map.of("url", web.url("/fetch/report.pdf"))), 422, "not HTML");
        assertProblem(post("/api/v1/articles/fetch", Map.of("url", "ftp://news.example/a")), 400, "not ftp:");
    }

    // ---- bad input: each a clear error or a recorded source error, never a crash or a lost article ---

    @Test
    void everyBadInputGetsAClearAnswer() throws Exception {
        List<BadInput> table = List.of(
                new BadInput("malformed XML", web.url("/bad/malformed.xml"), "feed",
                        s -> assertError(s, "lastError", "Not a readable feed")),
                new BadInput("malformed HTML", web.url("/bad/malformed-page.html"), "page", s -> {
                    assertThat(s.get("articlesIngested").asLong()).isEqualTo(1);
                    assertThat(s.get("lastError").isNull()).isTrue();
                }),
                new BadInput("a feed that is really an HTML page", web.url("/bad/not-a-feed.html"), "feed",
                        s -> assertError(s, "lastError", "an HTML page; it links to its feed at " + web.url("/bad/real-feed.xml"))),
                new BadInput("relative and protocol-relative links", web.url("/bad/relative.xml"), "feed",
                        s -> assertThat(s.get("articlesIngested").asLong()).isEqualTo(2)),
                new BadInput("duplicate GUIDs", web.url("/bad/duplicates.xml"), "feed", s -> {
                    assertThat(s.get("articlesIngested").asLong()).isEqualTo(1);
                    assertError(s, "lastItemError", "2 repeated item(s)");
                }),
                new BadInput("items without a link", web.url("/bad/no-links.xml"), "feed", s -> {
                    assertThat(s.get("articlesIngested").asLong()).isEqualTo(1);
                    assertError(s, "lastItemError", "no text of its own");
                }),
                new BadInput("redirect loops", web.url("/bad/loop-a.xml"), "feed",
                        s -> assertError(s, "lastError", "Redirect loop")),
                new BadInput("a host that never answers", "http://127.0.0.1:" + silent.getLocalPort() + "/feed.xml", "feed",
                        s -> assertError(s, "lastError", "No complete answer")),
                new BadInput("a 50 MB feed", web.url("/bad/huge.xml"), "feed",
                        s -> assertError(s, "lastError", "larger than 8388608 bytes")),
                new BadInput("a compressed sitemap bomb", web.url("/bad/bomb.xml.gz"), "sitemap",
                        s -> assertError(s, "lastError", "compression bomb")),
                new BadInput("a feed that lists 100,000 items", web.url("/bad/100k.xml"), "feed", s -> {
                    assertThat(s.get("itemsSeen").asLong()).isEqualTo(5);
                    assertError(s, "lastItemError", "100000 items; only the newest 2000");
                }),
                new BadInput("file://, ftp:// and javascript: links", web.url("/bad/schemes.xml"), "feed", s -> {
                    assertThat(s.get("articlesIngested").asLong()).isZero();
                    assertError(s, "lastItemError", "not an http(s) URL");
                }),
                new BadInput("links to 10.x, 169.254.169.254 and ::1", web.url("/bad/internal.xml"), "feed", s -> {
                    assertThat(s.get("articlesIngested").asLong()).isZero();
                    assertError(s, "lastItemError", "Refused to fetch");
                }),
                new BadInput("a feed redirecting to 169.254.169.254", web.url("/bad/to-metadata.xml"), "feed",
                        s -> assertError(s, "lastError", "cloud metadata")));

        for (BadInput row : table) {
            row.id = register(Map.of("url", row.url, "kind", row.kind, "pollInterval", "PT1H"), 201).get("id").asString();
        }
        StringBuilder report = new StringBuilder("\n| case | status | articles | lastError | lastItemError |\n");
        for (BadInput row : table) {
            JsonNode polled = awaitSource(row.id, s -> assertThat(s.get("polls").asLong()).isPositive());
            row.expectation.accept(polled);
            report.append("| ").append(row.name).append(" | ").append(polled.get("status").asString()).append(" | ")
                    .append(polled.get("articlesIngested").asLong()).append(" | ").append(text(polled, "lastError"))
                    .append(" | ").append(text(polled, "lastItemError")).append(" |\n");
        }
        System.out.println(report);
        assertThat(ipv6.totalHits()).as("nothing reached ::1").isZero();
        assertThat(list()).filteredOn(s -> s.get("url").asString().contains("/bad/malformed.xml"))
                .singleElement().satisfies(s -> assertThat(s.get("status").asString()).isEqualTo("failing"));
    }

    private static final class BadInput {
        final String name;
        final String url;
        final String kind;
        final Consumer<JsonNode> expectation;
        String id;

        BadInput(String name, String url, String kind, Consumer<JsonNode> expectation) {
            this.name = name;
            this.url = url;
            this.kind = kind;
            this.expectation = expectation;
        }
    }

    private static void assertError(JsonNode source, String field, String fragment) {
        assertThat(text(source, field)).as(field + " of " + source.get("url").asString()).contains(fragment);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    // ---- the local site -----------------------------------------------------------------------------

    /** What the loopback web server serves for these tests. */
    private static final class Site {

        static void serve(LocalWeb web, LocalWeb ipv6) throws IOException {
            String base = web.url("");
            String hostPort = base.substring("http://".length());
            web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            web.route("/news/feed.xml", exchange -> feed(exchange, "\"feed-1\"", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                      <title>Harbour Times</title><link>/</link><language>en</language>
                      <item><title>Harbour reopens (feed title)</title><link>/news/harbour-reopens.html</link>
                        <pubDate>Thu, 02 May 2024 07:15:00 GMT</pubDate><dc:creator>Mia Lund</dc:creator>
                        <description>The harbour is open again.</description></item>
                      <item><title>Council passes the budget</title><link>//%s/news/council-budget.html</link>
                        <pubDate>Thu, 02 May 2024 06:00:00 GMT</pubDate></item>
                      <item><title>Wire: ferry timetable</title><guid isPermaLink="false">wire-77</guid>
                        <pubDate>Thu, 02 May 2024 05:00:00 GMT</pubDate>
                        <description>&lt;p&gt;Ferries run every hour from Friday.&lt;/p&gt;</description></item>
                      <item><title>Leaked memo</title><link>/private/memo.html</link>
                        <pubDate>Thu, 02 May 2024 04:00:00 GMT</pubDate><description>A memo leaked.</description></item>
                      <item><title>Harbour reopens, again</title><link>/news/harbour-reopens.html?utm_source=rss</link>
                        <pubDate>Thu, 02 May 2024 03:00:00 GMT</pubDate></item>
                      <item><title>Old story</title><link>/news/gone.html</link>
                        <pubDate>Wed, 01 May 2024 03:00:00 GMT</pubDate><description>Gone but summarised.</description></item>
                    </channel></rss>
                    """.formatted(hostPort)));
            web.page("/news/harbour-reopens.html", "text/html; charset=utf-8", page("Harbour reopens after the storm",
                    "The harbour reopened on Thursday after three days of storm damage repairs."));
            web.page("/news/council-budget.html", "text/html; charset=utf-8",
                    "<html><body><article><p>The council passed next year's budget by seven votes to two.</p></article></body></html>");
            web.page("/private/memo.html", "text/html", page("Memo", "Not for robots."));
            web.route("/restart/feed.xml", exchange -> feed(exchange, "\"restart-1\"", """
                    <rss version="2.0"><channel><title>R</title><link>/</link>
                      <item><title>One</title><link>/restart/one.html</link></item>
                      <item><title>Two</title><link>/restart/two.html</link></item>
                    </channel></rss>"""));
            web.page("/restart/one.html", "text/html", page("Restart one", "The first story of the restart test."));
            web.page("/restart/two.html", "text/html", page("Restart two", "The second story of the restart test."));
            web.page("/api/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>A</title></channel></rss>");
            web.page("/fetch/story.html", "text/html", page("Fetched now", "A story fetched on request."));
            web.page("/fetch/report.pdf", "application/pdf", "%PDF-1.7 not html");

            web.page("/bad/malformed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Cut<item><title>off");
            web.page("/bad/malformed-page.html", "text/html",
                    "<html><head><title>Broken <b>markup</title><body><p>Text in <div>unclosed tags <p>everywhere");
            web.page("/bad/not-a-feed.html", "text/html", "<!DOCTYPE html><html><head><title>Front page</title>"
                    + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/bad/real-feed.xml\"></head><body>News</body></html>");
            web.page("/bad/relative.xml", "application/rss+xml", """
                    <rss version="2.0"><channel><title>R</title><link>/</link>
                      <item><title>Relative</title><link>pages/r1.html</link></item>
                      <item><title>Protocol relative</title><link>//%s/bad/pages/r2.html</link></item>
                    </channel></rss>""".formatted(hostPort));
            web.page("/bad/pages/r1.html", "text/html", page("Relative link", "Reached through a relative link."));
            web.page("/bad/pages/r2.html", "text/html", page("Protocol-relative link", "Reached through a protocol-relative link."));
            web.page("/bad/duplicates.xml", "application/rss+xml", """
                    <rss version="2.0"><channel><title>D</title><link>/</link>
                      <item><guid isPermaLink="false">same</guid><title>Dup</title><description>Told once.</description></item>
                      <item><guid isPermaLink="false">same</guid><title>Dup</title><description>Told twice.</description></item>
                      <item><guid isPermaLink="false">same</guid><title>Dup</title><description>Told thrice.</description></item>
                    </channel></rss>""");
            web.page("/bad/no-links.xml", "application/rss+xml", """
                    <rss version="2.0"><channel><title>N</title><link>/</link>
                      <item><title>Only text</title><description>A wire story with no page of its own.</description></item>
                      <item><title>Only a title</title></item>
                    </channel></rss>""");
            web.route("/bad/loop-a.xml", exchange -> LocalWeb.redirect(exchange, "/bad/loop-b.xml"));
            web.route("/bad/loop-b.xml", exchange -> LocalWeb.redirect(exchange, "/bad/loop-a.xml"));
            web.route("/bad/huge.xml", exchange -> {
                exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
                exchange.getResponseBody().close();
            });
            byte[] bomb = gzip(new byte[32 * 1024 * 1024]);
            web.route("/bad/bomb.xml.gz", exchange -> LocalWeb.send(exchange, 200, "application/gzip", bomb));
            StringBuilder big = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title><link>/</link>");
            for (int i = 0; i < 100_000; i++) {
                big.append("<item><link>/bad/big/").append(i).append("</link></item>");
            }
            String bigFeed = big.append("</channel></rss>").toString();
            web.page("/bad/100k.xml", "application/rss+xml", bigFeed);
            web.page("/bad/schemes.xml", "application/rss+xml", """
                    <rss version="2.0"><channel><title>S</title><link>/</link>
                      <item><title>File</title><link>file:///etc/passwd</link></item>
                      <item><title>FTP</title><link>ftp://127.0.0.1/a</link></item>
                      <item><title>Script</title><link>javascript:alert(1)</link></item>
                    </channel></rss>""");
            web.page("/bad/internal.xml", "application/rss+xml", """
                    <rss version="2.0"><channel><title>I</title><link>/</link>
                      <item><title>Private</title><link>http://10.0.0.1/a</link></item>
                      <item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
                      <item><title>IPv6 loopback</title><link>%s</link></item>
                    </channel></rss>""".formatted(ipv6.url("/internal")));
            web.route("/bad/to-metadata.xml", exchange -> LocalWeb.redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        }

        private static void feed(HttpExchange exchange, String etag, String body) throws IOException {
            if (HONOUR_VALIDATORS.get() && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            LocalWeb.send(exchange, 200, "application/rss+xml; charset=utf-8", body);
        }

        private static String page(String title, String text) {
            return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
                    + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + text + "</p></article>"
                    + "<footer>© Harbour Times</footer></body></html>";
        }

        private static byte[] gzip(byte[] data) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(data);
            }
            return out.toByteArray();
        }
    }

    // ---- HTTP and Kafka helpers ----------------------------------------------------------------------

    private JsonNode register(Map<String, String> body, int expectedStatus) throws Exception {
        // a new instance answers 503 until it has read the sources topic to its end
        await("sources loaded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/v1/sources").statusCode() != 503);
        HttpResponse<String> response = post("/api/v1/sources", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitSource(String id, Consumer<JsonNode> condition) {
        return awaitSource(port, id, condition);
    }

    private JsonNode awaitSource(int onPort, String id, Consumer<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + onPort + "/api/v1/sources/" + id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            last[0] = JSON.readTree(response.body());
            condition.accept(last[0]);
        });
        return last[0];
    }

    private List<JsonNode> list() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(get("/api/v1/sources").body()).get("items").forEach(items::add);
        return items;
    }

    private HttpResponse<String> post(String path, Map<String, String> body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    private HttpResponse<String> postRaw(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String fragment) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(fragment);
    }

    private static JsonNode byTitle(List<JsonNode> articles, String title) {
        return articles.stream().filter(a -> a.get("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title + " among "
                        + articles.stream().map(a -> a.get("title").asString()).toList()));
    }

    private List<JsonNode> rawArticlesOf(String sourceId) {
        return rawArticles(article -> sourceId.equals(article.at("/metadata/sourceId").asString("")));
    }

    /** Every raw article so far that matches. */
    private List<JsonNode> rawArticles(java.util.function.Predicate<JsonNode> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<JsonNode> articles = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode value = JSON.readTree(record.value());
                    if (wanted.test(value)) {
                        articles.add(value);
                    }
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return articles;
    }
}
