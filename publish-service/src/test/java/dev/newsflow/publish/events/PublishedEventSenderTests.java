package dev.newsflow.publish.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.PublishedArticle;
import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.TestArticles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PublishedEventSenderTests {

    @Test
    void eventIdIsStablePerStoredStateAndHrefPointsAtTheReadApi() {
        PublishProperties properties = new PublishProperties(3, "http://news.example:8083/", "/newsflow/publish-service",
                Duration.ofSeconds(5), new PublishProperties.Retry(Duration.ofMillis(200), 2, Duration.ofSeconds(30), 4),
                new PublishProperties.Duplicates(3), new PublishProperties.Paging(20, 100, 1000, 1000, 10000), "secret",
                new PublishProperties.Stream(Duration.ofSeconds(15), 100, 10, 1000, Duration.ofSeconds(1),
                        new PublishProperties.Retention(1000, Duration.ofDays(1), Duration.ofMinutes(1), 100)),
                new PublishProperties.Desk(""));
        PublishedEventSender sender = new PublishedEventSender(null, JsonMapper.builder().build(), properties);
        EnrichedArticle stored = TestArticles.article("a-1", 7);

        PublishedArticle first = sender.toEvent(stored, Instant.parse("2024-01-01T00:00:00Z"));
        PublishedArticle again = sender.toEvent(stored, Instant.parse("2024-01-02T00:00:00Z"));

        assertThat(first.eventId()).isEqualTo("published:a-1:7:" + stored.enrichedAt().toEpochMilli())
                .isEqualTo(again.eventId());
        EnrichedArticle reEnriched = TestArticles.article("a-1", 7, stored.source(), stored.contentHash(), 42,
                stored.enrichedAt().plusSeconds(1));
        assertThat(sender.toEvent(reEnriched, Instant.parse("2024-01-03T00:00:00Z")).eventId())
                .isNotEqualTo(first.eventId());
        assertThat(PublishedEventSender.eventId("a-1", 7, null)).isEqualTo("published:a-1:7");
        assertThat(first.href()).isEqualTo("http://news.example:8083/api/v1/articles/a-1");
        assertThat(first.title()).isEqualTo(stored.title());
        assertThat(first.entities()).isEqualTo(stored.entities());
    }
}
