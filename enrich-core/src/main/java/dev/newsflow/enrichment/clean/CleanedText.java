package dev.newsflow.enrichment.clean;

import dev.newsflow.contracts.Removal;
import java.util.List;
import java.util.Map;

/**
 * A cleaned article. Page metadata fields are null unless the article was an HTML page that
 * carried them.
 *
 * @param body          kept sentences; lines of a paragraph joined by a newline, paragraphs by a blank line
 * @param sentences     the kept sentences in order
 * @param metadata      extra page metadata (siteName, description, canonicalUrl); empty for text
 */
public record CleanedText(
        String title,
        String body,
        List<String> sentences,
        List<Removal> removed,
        String pageUrl,
        String pageAuthor,
        String pagePublishedAt,
        Map<String, String> metadata) {

    public CleanedText {
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
        metadata = Map.copyOf(metadata);
    }
}
