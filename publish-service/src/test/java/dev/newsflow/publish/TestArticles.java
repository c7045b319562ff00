package dev.newsflow.publish;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Quote;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Enriched articles as enrich-service writes them, unique unless a test asks otherwise. */
public final class TestArticles {

    private TestArticles() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static String randomContentHash() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static long randomSimhash() {
        return ThreadLocalRandom.current().nextLong();
    }

    public static String hex(long simhash) {
        return HexFormat.of().toHexDigits(simhash);
    }

    public static EnrichedArticle article(String id, long version) {
        return article(id, version, "source-" + id, randomContentHash(), randomSimhash(), Instant.now());
    }

    /** An article with the searchable fields a test chooses; everything else unique. */
    public static EnrichedArticle searchable(String id, long version, String source, String title, String body,
            String language, Category category, List<Entity> entities, String publishedAt) {
        Instant now = Instant.now();
        return new EnrichedArticle("enriched:" + id + ":" + version, now, id, version, "https://example.org/news/" + id,
                source, title, body, language, 0.9, publishedAt, null, Map.of(), body.split("\\s+").length, 1, 1,
                null, List.of(), entities, List.of(), category, 0.5, randomContentHash(), hex(randomSimhash()), null,
                List.of(), "test-1", now.minusSeconds(1), now);
    }

    public static EnrichedArticle article(String id, long version, String source, String contentHash, long simhash,
            Instant enrichedAt) {
        return new EnrichedArticle(
                "enriched:" + id + ":" + version,
                enrichedAt,
                id,
                version,
                "https://example.org/news/" + id,
                source,
                "Title of " + id + " v" + version,
                "Body of " + id + ". It has two sentences.",
                "en",
                0.98,
                "2024-05-01T10:00:00Z",
                "A. Writer",
                Map.of("section", "world"),
                8,
                2,
                1,
                "Body of " + id + ".",
                List.of("body"),
                List.of(new Entity("Reykjavik", EntityType.LOCATION, 1)),
                List.of(new Quote("A. Speaker", "We are here.")),
                Category.POLITICS,
                0.7,
                contentHash,
                hex(simhash),
                null,
                List.of(new Removal("Leave a Reply", RemovalReason.BOILERPLATE_PATTERN)),
                "test-1",
                enrichedAt.minusSeconds(1),
                enrichedAt);
    }
}
