package dev.newsflow.publish.consume;

/** A record that can never be processed as it is; retrying cannot help, it is dead-lettered at once. */
class InvalidArticleException extends RuntimeException {

    private final DeadLetterReason reason;

    InvalidArticleException(DeadLetterReason reason, String message) {
        this(reason, message, null);
    }

    InvalidArticleException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    DeadLetterReason reason() {
        return reason;
    }
}
