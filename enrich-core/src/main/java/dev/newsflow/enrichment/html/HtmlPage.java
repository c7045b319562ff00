package dev.newsflow.enrichment.html;

import dev.newsflow.contracts.Removal;
import java.util.List;
import java.util.Map;

/**
 * What an HTML page yields: its text (blocks separated by blank lines, list items and line breaks
 * by single newlines), the metadata found in it (null where absent) and the furniture dropped.
 *
 * @param metadata extra page metadata worth keeping (site name, description, canonical URL)
 */
public record HtmlPage(
        String text,
        String title,
        String documentTitle,
        String canonicalUrl,
        String author,
        String publishedAt,
        Map<String, String> metadata,
        List<Removal> removed) {

    public HtmlPage {
        metadata = Map.copyOf(metadata);
        removed = List.copyOf(removed);
    }
}
