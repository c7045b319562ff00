package dev.newsflow.publish.consume;

/** Why a record went to the dead-letter topic; the value of the {@code newsflow_dlt_reason} header. */
enum DeadLetterReason {
    /** The value is not JSON (or not UTF-8, or empty). */
    NOT_JSON,
    /** The value is JSON but not an EnrichedArticle as its schema describes. */
    SCHEMA_INVALID,
    /** The database refused the article's data (a constraint or a value it cannot hold). */
    STORE_REJECTED,
    /** Processing failed in a way not known to heal, after a few tries. */
    PROCESSING_FAILED
}
