package dev.newsflow.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article after cleaning and enrichment: everything of the {@link RawArticle} plus what
 * enrich-service derived. {@code version} orders versions of the same article id (the raw
 * record's offset within its partition, which all versions of one id share); the read store never
 * lets an older version overwrite a newer one.
 *
 * @param simhash 64-bit SimHash of the cleaned text as 16 lower-case hex digits
 */
public record EnrichedArticle(
        String eventId,
        Instant occurredAt,
        String id,
        long version,
        String url,
        String source,
        String title,
        String body,
        String language,
        double languageConfidence,
        String publishedAt,
        String author,
        Map<String, String> metadata,
        int wordCount,
        int sentenceCount,
        int readingTimeMinutes,
        String summary,
        List<String> keywords,
        List<Entity> entities,
        List<Quote> quotes,
        Category category,
        double categoryScore,
        String contentHash,
        String simhash,
        String duplicateOf,
        List<Removal> removed,
        String enricherVersion,
        Instant ingestedAt,
        Instant enrichedAt) implements ArticleEvent {

    public EnrichedArticle {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** The same article as the read store holds it: with the duplicate link the store resolved. */
    public EnrichedArticle withDuplicateOf(String firstStoredId) {
        return new EnrichedArticle(eventId, occurredAt, id, version, url, source, title, body, language,
                languageConfidence, publishedAt, author, metadata, wordCount, sentenceCount, readingTimeMinutes, summary,
                keywords, entities, quotes, category, categoryScore, contentHash, simhash, firstStoredId, removed,
                enricherVersion, ingestedAt, enrichedAt);
    }
}
