package dev.newsflow.contracts;

/** CloudEvents {@code type} values of the events newsflow produces. */
public final class EventTypes {

    public static final String RAW = "dev.newsflow.article.raw.v1";
    public static final String ENRICHED = "dev.newsflow.article.enriched.v1";
    public static final String PUBLISHED = "dev.newsflow.article.published.v1";
    public static final String SPEC_VERSION = "1.0";

    private EventTypes() {
    }
}
