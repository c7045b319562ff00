package dev.newsflow.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The event a downstream subscriber receives when an article version is stored in the read
 * store. {@code eventId} is stable for one (id, version), so subscribers can de-duplicate.
 *
 * @param href where to read the whole article (the read API's URL for it)
 */
public record PublishedArticle(
        String eventId,
        Instant occurredAt,
        String id,
        long version,
        String url,
        String source,
        String title,
        String language,
        Category category,
        List<Entity> entities,
        String duplicateOf,
        String publishedAt,
        String href) implements ArticleEvent {

    public PublishedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
