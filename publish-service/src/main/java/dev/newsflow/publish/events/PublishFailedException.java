package dev.newsflow.publish.events;

/** The broker did not acknowledge a published event in time; worth retrying, the store is ahead. */
public class PublishFailedException extends RuntimeException {

    PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
