package dev.newsflow.ingest.intake;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happened to one submitted article. */
public enum IngestStatus {
    /** The broker acknowledged it. */
    ACCEPTED,
    /** The same article (same id, same content) was already acknowledged; it was not written again. */
    DUPLICATE,
    /** It is not a valid article; nothing was written. */
    REJECTED,
    /** It is valid but the broker did not acknowledge it in time; send it again later. */
    FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
