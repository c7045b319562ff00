package dev.newsflow.ingest.sources.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.newsflow.ingest.sources.SourceKind;

/**
 * What a feed or sitemap lists: its items (newest first when they carry dates) and, for a sitemap
 * index, the sitemaps it points to.
 *
 * @param listed how many items the document held before duplicates and links that are not http(s)
 *               were dropped and the rest cut to the limit
 * @param problems what was wrong with some items (duplicates, bad links), for the source's record
 */
public record Listing(SourceKind kind, String format, List<ListingItem> items, List<Child> sitemaps, int listed,
        List<String> problems) {

    /** A sitemap named by a sitemap index. */
    public record Child(URI url, Instant lastModified) {
    }
}
