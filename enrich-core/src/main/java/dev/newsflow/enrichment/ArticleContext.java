package dev.newsflow.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * What the pipeline knows about an article beyond its content.
 *
 * @param id         the article id (the Kafka key)
 * @param version    the raw record's offset, ordering versions of one id
 * @param ingestedAt when ingest accepted it (null when unknown)
 */
public record ArticleContext(String id, long version, Instant ingestedAt) {

    public ArticleContext {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }
}
