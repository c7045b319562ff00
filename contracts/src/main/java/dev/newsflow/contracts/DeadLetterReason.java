package dev.newsflow.contracts;

/** Why a record went to a dead-letter topic: the value of the {@code newsflow_dlt_reason} header. */
public enum DeadLetterReason {
    /** The value is not valid UTF-8. */
    NOT_UTF8,
    /** The value is empty or not JSON. */
    NOT_JSON,
    /** The value is JSON but breaks the topic's schema or its rules. */
    SCHEMA_INVALID,
    /**
     * Larger than any record ingest-service writes (written by another client); dead-lettered without its
     * value, whose topic, partition and offset the headers name.
     */
    TOO_LARGE,
    /** enrich-service: enrichment threw on a valid article. */
    ENRICHMENT_FAILED,
    /** publish-service: the read store refused the article (a constraint, not an outage). */
    STORE_REJECTED,
    /** publish-service: a failure that is neither of the above and did not go away on retry. */
    PROCESSING_FAILED
}
