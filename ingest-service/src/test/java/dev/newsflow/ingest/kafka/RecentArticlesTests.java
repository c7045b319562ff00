package dev.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import dev.newsflow.ingest.kafka.RecentArticles.Fingerprint;
import org.junit.jupiter.api.Test;

class RecentArticlesTests {

    private static Fingerprint of(String content) {
        return Fingerprint.of(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void knowsAnIdOnlyWithTheContentLastAcknowledged() {
        RecentArticles recent = new RecentArticles(10);
        recent.remember("a", of("v1"));

        assertThat(recent.contains("a", of("v1"))).isTrue();
        assertThat(recent.contains("a", of("v2"))).isFalse();
        assertThat(recent.contains("b", of("v1"))).isFalse();

        recent.remember("a", of("v2"));
        assertThat(recent.contains("a", of("v1"))).isFalse();
        assertThat(recent.contains("a", of("v2"))).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        RecentArticles recent = new RecentArticles(2);
        recent.remember("a", of("a"));
        recent.remember("b", of("b"));
        recent.contains("a", of("a"));
        recent.remember("c", of("c"));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.contains("a", of("a"))).isTrue();
        assertThat(recent.contains("b", of("b"))).isFalse();
        assertThat(recent.contains("c", of("c"))).isTrue();
    }
}
