package dev.newsflow.contracts;

import java.util.Map;

/**
 * An article as it enters the pipeline. Only {@code title} and {@code body} are required; when
 * {@code id} is absent the ingest edge derives a stable one (see {@link ArticleIds}).
 *
 * @param publishedAt ISO-8601 instant or date-time with offset, as the source gave it
 */
public record RawArticle(
        String id,
        String url,
        String source,
        String title,
        String body,
        String contentType,
        String language,
        String publishedAt,
        String author,
        Map<String, String> metadata) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";

    public RawArticle {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, url, source, title, body, contentType, language, publishedAt, author, metadata);
    }

    public boolean hasHtmlBody() {
        return TEXT_HTML.equalsIgnoreCase(contentType);
    }
}
