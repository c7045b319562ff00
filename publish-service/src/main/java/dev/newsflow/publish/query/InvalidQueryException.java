package dev.newsflow.publish.query;

/** A request the read API cannot answer as asked; the message tells the caller what to change. */
class InvalidQueryException extends RuntimeException {

    InvalidQueryException(String message) {
        super(message);
    }
}
