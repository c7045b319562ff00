package dev.newsflow.ingest.intake.reading;

/**
 * What a client can say about a text or HTML body besides the body itself (query parameters).
 * Any of them may be null.
 */
public record ArticleAttributes(
        String id, String url, String source, String language, String publishedAt, String author, String title) {

    public static final ArticleAttributes NONE = new ArticleAttributes(null, null, null, null, null, null, null);
}
