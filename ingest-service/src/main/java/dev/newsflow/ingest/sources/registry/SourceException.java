package dev.newsflow.ingest.sources.registry;

/** A sources request that cannot be done as asked; {@code status} is the HTTP answer it deserves. */
public class SourceException extends RuntimeException {

    /** Why, as an HTTP status. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), LOADING(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String existingId;

    public SourceException(Kind kind, String message) {
        this(kind, message, null);
    }

    public SourceException(Kind kind, String message, String existingId) {
        super(message);
        this.kind = kind;
        this.existingId = existingId;
    }

    public Kind kind() {
        return kind;
    }

    /** For a conflict: the id of the source already registered under that URL. */
    public String existingId() {
        return existingId;
    }
}
