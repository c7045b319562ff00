package dev.newsflow.ingest.sources.feeds;

/** The response is not a listing newsflow can read; the message says what it is instead. */
public class ListingException extends Exception {

    public ListingException(String message) {
        super(message);
    }

    public ListingException(String message, Throwable cause) {
        super(message, cause);
    }
}
