package dev.newsflow.ingest.sources.fetch;

/**
 * A URL newsflow will not fetch at all: not http/https, malformed, or a host whose address is
 * private, loopback, link-local or otherwise not public (and not allowed by configuration).
 * Nothing was sent.
 */
public class FetchRefusedException extends FetchException {

    public FetchRefusedException(String message) {
        super(Reason.REFUSED, message);
    }
}
