package dev.newsflow.contracts;

/** Every topic name newsflow reads or writes; nothing else in the code spells them. */
public final class Topics {

    /** Raw articles, written by ingest-service or by anyone with a Kafka client. */
    public static final String RAW = "news.articles.raw.v1";
    /** Enriched articles, written by enrich-service. */
    public static final String ENRICHED = "news.articles.enriched.v1";
    /** Published-article events for downstream subscribers, written by publish-service. */
    public static final String PUBLISHED = "news.articles.published.v1";

    /**
     * The sources ingest-service pulls news from, keyed by source id; compacted, a tombstone deletes
     * a source. Written by ingest-service's sources API, read in full by every ingest instance.
     */
    public static final String SOURCES = "news.sources.v1";
    /**
     * Polling state per source (conditional-GET validators, health, the items already seen), keyed
     * by source id; compacted. Written by the instance that polls the source, read by every instance.
     */
    public static final String SOURCE_STATE = "news.sources.state.v1";

    /** Suffix of every dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    /** Raw records enrich-service could not read or enrich. */
    public static final String RAW_DEAD_LETTER = RAW + DEAD_LETTER_SUFFIX;
    /** Enriched records publish-service could not read or store. */
    public static final String ENRICHED_DEAD_LETTER = ENRICHED + DEAD_LETTER_SUFFIX;

    /**
     * The largest raw record value (an article as JSON) ingest-service writes and enrich-service
     * reads: a 10 MiB HTML page plus a quarter for JSON escaping, which adds 3.6 % to a real page.
     * A page's size is not its article's size: ingest trims pages ({@link HtmlTrim}) before writing.
     */
    public static final int RAW_MAX_VALUE_BYTES = 13_107_200;
    /** {@code max.message.bytes} of the raw topic and its dead-letter topic: a value plus key, headers and batch overhead. */
    public static final int RAW_MAX_MESSAGE_BYTES = RAW_MAX_VALUE_BYTES + 65_536;

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
