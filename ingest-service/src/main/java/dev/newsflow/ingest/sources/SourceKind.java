package dev.newsflow.ingest.sources;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a source URL serves: a feed of items, a sitemap of pages, or one article page. */
public enum SourceKind {
    /** RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.1. */
    FEED,
    /** A sitemap (urlset), a sitemap index, a Google News sitemap; gzip or not. */
    SITEMAP,
    /** One article page, ingested again when it changes. */
    PAGE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (SourceKind kind : values()) {
            if (kind.json().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        throw new IllegalArgumentException("kind must be one of feed, sitemap, page; was '" + text + "'");
    }
}
