package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.newsflow.ingest.sources.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsTests {

    private LocalWeb web;
    private Fetcher fetcher;
    private Robots robots;

    @BeforeEach
    void start() throws IOException {
        web = LocalWeb.start();
        fetcher = new Fetcher(AddressGuard.systemResolver(List.of("127.0.0.1")),
                LocalWeb.fetchConfig(1024 * 1024, Duration.ofSeconds(2), "127.0.0.1"));
        robots = new Robots(fetcher, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        web.close();
    }

    @Test
    void obeysTheGroupForOurUserAgentAndItsCrawlDelay() throws FetchRefusedException {
        web.page("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: newsflow-test
                Disallow: /private/
                Crawl-delay: 3
                """);

        Robots.Entry entry = robots.load(web.uri("/news/1"));

        assertThat(entry.allows(web.uri("/news/1"))).isTrue();
        assertThat(entry.allows(web.uri("/private/x"))).isFalse();
        assertThat(entry.crawlDelayMillis()).isEqualTo(3000);
        assertThat(robots.cached(web.uri("/other"))).as("cached per origin").isSameAs(entry);
        assertThat(web.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws FetchRefusedException {
        Robots.Entry entry = robots.load(web.uri("/news/1"));

        assertThat(entry.allows(web.uri("/anything"))).isTrue();
        assertThat(entry.problem()).isNull();
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverythingForNowAndSaysWhy() throws FetchRefusedException {
        web.route("/robots.txt", exchange -> LocalWeb.send(exchange, 503, "text/plain", "later"));

        Robots.Entry entry = robots.load(web.uri("/news/1"));

        assertThat(entry.allows(web.uri("/news/1"))).isFalse();
        assertThat(entry.problem()).contains("HTTP 503");
    }
}
