package dev.newsflow.ingest.sources.registry;

import java.time.Duration;
import java.time.Instant;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.ingest.sources.SourceKind;

/**
 * A registered source as the sources topic holds it: what to poll and how often. Its id comes
 * from the canonical form of its URL, so the same URL registered twice (even on two instances at
 * once) is one source.
 *
 * @param kind null until the first poll detected it, when it was not given
 */
public record SourceDefinition(String id, String url, SourceKind kind, String name, Duration pollInterval,
        boolean paused, Instant createdAt, Instant updatedAt) {

    public static String idFor(String url) {
        String canonical = ArticleIds.canonicalUrl(url);
        return "s-" + ArticleIds.hash("source\n" + (canonical == null ? url : canonical)).substring(0, 16);
    }

    SourceDefinition with(Duration newInterval, Boolean newPaused, String newName, Instant now) {
        return new SourceDefinition(id, url, kind, newName == null ? name : newName,
                newInterval == null ? pollInterval : newInterval, newPaused == null ? paused : newPaused, createdAt, now);
    }
}
