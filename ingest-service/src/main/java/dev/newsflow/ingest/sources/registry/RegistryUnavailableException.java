package dev.newsflow.ingest.sources.registry;

/** The broker did not take (or this instance did not read back) a change of the registry in time. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
