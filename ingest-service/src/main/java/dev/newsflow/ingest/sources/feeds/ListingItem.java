package dev.newsflow.ingest.sources.feeds;

import java.net.URI;
import java.time.Instant;

/**
 * One entry of a feed or sitemap. Every field but {@code key} may be null.
 *
 * @param key         what identifies the item within its source: the canonical form of its URL, else
 *                    its GUID, else its title and content
 * @param url         the page, resolved against the listing's URL (relative and protocol-relative links too)
 * @param content     the item's own text (HTML), used when the page cannot be fetched
 */
public record ListingItem(String key, URI url, String guid, String title, Instant publishedAt, String author,
        String summary, String content, String language) {
}
