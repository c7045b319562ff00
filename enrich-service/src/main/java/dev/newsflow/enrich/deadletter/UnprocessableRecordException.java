package dev.newsflow.enrich.deadletter;

import dev.newsflow.contracts.DeadLetterReason;

/**
 * A record that will fail the same way however often it is retried: unreadable bytes, a value
 * that breaks the RawArticle format, or an article that makes enrichment throw.
 */
public class UnprocessableRecordException extends RuntimeException {

    private final DeadLetterReason reason;

    public UnprocessableRecordException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
