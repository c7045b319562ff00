package dev.newsflow.ingest.sources.fetch;

/** A fetch that did not give a usable response, and why, in words a person can act on. */
public class FetchException extends Exception {

    /** Why a fetch failed; decides whether trying again later can help. */
    public enum Reason {
        /** The URL or its address is not allowed; retrying cannot help. */
        REFUSED(false),
        /** robots.txt disallows the URL for our user agent. */
        DISALLOWED(false),
        /** The host name does not resolve. */
        DNS(true),
        /** No connection, or no complete answer within the time limit. */
        TIMEOUT(true),
        /** The connection failed or broke. */
        NETWORK(true),
        /** More redirects than allowed, or a redirect loop. */
        REDIRECTS(false),
        /** The response (or its decompressed form) is larger than allowed. */
        TOO_LARGE(false),
        /** All fetches together hold as many response bytes as allowed; try again shortly. */
        BUSY(true);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public FetchException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
