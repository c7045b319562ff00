package dev.newsflow.publish.filter;

/** A request the read API cannot answer as asked; the message tells the caller what to change. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
