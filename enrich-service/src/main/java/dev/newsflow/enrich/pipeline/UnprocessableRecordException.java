package dev.newsflow.enrich.pipeline;

/**
 * A record that will fail the same way however often it is retried: unreadable bytes, a value
 * that breaks the RawArticle schema or the size limit, or an article that makes enrichment throw.
 */
public class UnprocessableRecordException extends RuntimeException {

    private final Reason reason;

    public UnprocessableRecordException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public UnprocessableRecordException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Why a record was dead-lettered; goes into the dead-letter record's headers. */
    public enum Reason {
        NOT_UTF8,
        NOT_JSON,
        SCHEMA_INVALID,
        /** Larger than any record ingest writes (a raw record written by another client); dead-lettered without its value. */
        TOO_LARGE,
        ENRICHMENT_FAILED
    }
}
