package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlsTests {

    private static final URI FEED = URI.create("https://news.example/world/feed.xml");

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/feed.xml", "javascript:alert(1)",
            "data:text/html,<p>hi</p>", "gopher://news.example/", "/relative/only", "news.example/feed",
            "http://user:secret@news.example/feed", "http:///no-host", "  "})
    void onlyAbsoluteHttpAndHttpsUrlsWithAHostAreFetched(String url) {
        assertThatThrownBy(() -> WebUrls.parse(url)).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void theRefusalSaysWhy() {
        assertThatThrownBy(() -> WebUrls.parse("ftp://news.example/x")).hasMessageContaining("not ftp:");
        assertThatThrownBy(() -> WebUrls.parse("/x")).hasMessageContaining("not absolute");
    }

    @Test
    void relativeAndProtocolRelativeLinksResolveAgainstTheListing() {
        assertThat(WebUrls.resolve(FEED, "/politics/vote")).contains(URI.create("https://news.example/politics/vote"));
        assertThat(WebUrls.resolve(FEED, "story-1.html")).contains(URI.create("https://news.example/world/story-1.html"));
        assertThat(WebUrls.resolve(FEED, "//cdn.news.example/a")).contains(URI.create("https://cdn.news.example/a"));
        assertThat(WebUrls.resolve(URI.create("http://news.example/f"), "//other.example/b"))
                .contains(URI.create("http://other.example/b"));
        assertThat(WebUrls.resolve(FEED, " https://news.example/with space ")).contains(URI.create("https://news.example/with%20space"));
    }

    @Test
    void linksThatAreNotHttpResolveToNothing() {
        assertThat(WebUrls.resolve(FEED, "javascript:void(0)")).isEmpty();
        assertThat(WebUrls.resolve(FEED, "mailto:desk@news.example")).isEmpty();
        assertThat(WebUrls.resolve(FEED, "file:///etc/passwd")).isEmpty();
        assertThat(WebUrls.resolve(FEED, "")).isEmpty();
        assertThat(WebUrls.resolve(FEED, "http://[broken")).isEmpty();
    }

    @Test
    void theFragmentIsDroppedAndAnEmptyPathBecomesSlash() throws FetchRefusedException {
        assertThat(WebUrls.parse("HTTPS://news.example#top")).isEqualTo(URI.create("https://news.example/"));
        assertThat(WebUrls.parse("http://news.example/a?b=1#c")).isEqualTo(URI.create("http://news.example/a?b=1"));
    }
}
