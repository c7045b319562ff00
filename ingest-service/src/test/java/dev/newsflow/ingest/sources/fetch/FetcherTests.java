package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import dev.newsflow.ingest.sources.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTests {

    private static final int MAX_BYTES = 256 * 1024;

    private LocalWeb web;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        web = LocalWeb.start();
        fetcher = new Fetcher(AddressGuard.systemResolver(List.of("127.0.0.1")),
                LocalWeb.fetchConfig(MAX_BYTES, Duration.ofSeconds(2), "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        web.close();
    }

    private Fetcher.Response get(String path) throws FetchException {
        return fetcher.fetch(Fetcher.Request.of(web.uri(path), "*/*"));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws FetchException {
        web.route("/old", exchange -> LocalWeb.redirect(exchange, "/middle"))
                .route("/middle", exchange -> LocalWeb.redirect(exchange, web.url("/new")))
                .page("/new", "text/html; charset=utf-8", "<p>here</p>");

        Fetcher.Response response = get("/old");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.uri()).isEqualTo(web.uri("/new"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<p>here</p>");
    }

    @Test
    void everyRedirectIsCheckedBeforeItIsFollowed() throws IOException {
        try (LocalWeb ipv6 = LocalWeb.startOn("::1")) {
            ipv6.page("/secret", "text/plain", "internal");
            web.route("/to-metadata", exchange -> LocalWeb.redirect(exchange, "http://169.254.169.254/latest/meta-data/"))
                    .route("/to-private", exchange -> LocalWeb.redirect(exchange, "http://10.0.0.1/admin"))
                    .route("/to-ipv6-loopback", exchange -> LocalWeb.redirect(exchange, ipv6.url("/secret")))
                    .route("/to-file", exchange -> LocalWeb.redirect(exchange, "file:///etc/passwd"));

            assertThatThrownBy(() -> get("/to-metadata")).isInstanceOf(FetchRefusedException.class)
                    .hasMessageContaining("169.254.169.254");
            assertThatThrownBy(() -> get("/to-private")).isInstanceOf(FetchRefusedException.class);
            assertThatThrownBy(() -> get("/to-ipv6-loopback")).isInstanceOf(FetchRefusedException.class)
                    .hasMessageContaining("loopback");
            assertThatThrownBy(() -> get("/to-file")).isInstanceOf(FetchRefusedException.class);
            assertThat(ipv6.totalHits()).as("nothing reached the refused address").isZero();
        }
    }

    @Test
    void redirectLoopsAndLongChainsStop() {
        web.route("/a", exchange -> LocalWeb.redirect(exchange, "/b"))
                .route("/b", exchange -> LocalWeb.redirect(exchange, "/a"));
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            web.route("/hop" + i, exchange -> LocalWeb.redirect(exchange, "/hop" + next));
        }

        assertThatThrownBy(() -> get("/a")).isInstanceOfSatisfying(FetchException.class,
                e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECTS))
                .hasMessageContaining("Redirect loop").hasMessageContaining("/a -> ").hasMessageContaining("/b -> ");
        assertThatThrownBy(() -> get("/hop0")).hasMessageContaining("More than 5 redirects");
        assertThat(web.hits("/hop6")).isZero();
    }

    @Test
    void aBodyOverTheLimitIsCutOffWhetherDeclaredOrNot() {
        web.route("/declared", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            exchange.getResponseBody().close();
        });
        web.route("/streamed", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 800; i++) {
                    out.write(chunk);
                }
            }
        });

        assertThatThrownBy(() -> get("/declared")).isInstanceOfSatisfying(FetchException.class,
                e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE))
                .hasMessageContaining("declares 52428800 bytes");
        assertThatThrownBy(() -> get("/streamed")).isInstanceOfSatisfying(FetchException.class,
                e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
    }

    @Test
    void gzipIsDecodedButNeverPastTheLimit() throws IOException, FetchException {
        byte[] small = gzip("<rss>small</rss>".getBytes(StandardCharsets.UTF_8));
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(MAX_BYTES);
        web.route("/small", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalWeb.send(exchange, 200, "application/rss+xml", small);
        });
        web.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalWeb.send(exchange, 200, "application/xml", bomb);
        });

        assertThat(new String(get("/small").body(), StandardCharsets.UTF_8)).isEqualTo("<rss>small</rss>");
        assertThatThrownBy(() -> get("/bomb")).hasMessageContaining("compression bomb");
    }

    @Test
    void aHostThatNeverAnswersTimesOut() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            assertThatThrownBy(() -> fetcher.fetch(Fetcher.Request.of(
                    java.net.URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/feed"), "*/*")))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void conditionalGetSendsTheValidatorsAndA304HasNoBody() throws FetchException {
        web.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && "Wed, 01 May 2024 09:30:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                exchange.getResponseHeaders().set("Last-Modified", "Wed, 01 May 2024 09:30:00 GMT");
                LocalWeb.send(exchange, 200, "application/rss+xml", "<rss/>");
            }
        });

        Fetcher.Response first = get("/feed");
        Fetcher.Response second = fetcher.fetch(new Fetcher.Request(web.uri("/feed"), "*/*", first.etag(), first.lastModified()));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.isNotModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void errorsKeepTheirStatusAndRetryAfterAndTheirBodyIsNotRead() throws FetchException {
        web.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LocalWeb.send(exchange, 503, "text/html", "<h1>down for maintenance</h1>");
        });

        Fetcher.Response response = get("/busy");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(response.body()).isEmpty();
        assertThat(Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(Fetcher.retryAfter("soon")).isNull();
    }

    @Test
    void aClosedPortIsANetworkFailure() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(Fetcher.Request.of(java.net.URI.create("http://127.0.0.1:" + closed + "/"), "*/*")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK);
                    assertThat(e.getMessage()).contains("refused");
                });
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
