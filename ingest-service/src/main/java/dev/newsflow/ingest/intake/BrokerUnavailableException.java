package dev.newsflow.ingest.intake;

/** The broker did not acknowledge a valid article in time; the client should retry later. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
