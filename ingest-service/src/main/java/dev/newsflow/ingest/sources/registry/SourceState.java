package dev.newsflow.ingest.sources.registry;

import java.time.Instant;

import dev.newsflow.ingest.sources.SourceKind;

/**
 * What polling a source has learnt, as the state topic holds it. Written by the instance that
 * polls the source, after every poll; every instance reads it to answer for any source.
 *
 * @param revision          grows with every write, so an older record never replaces a newer one
 * @param detectedKind      the kind the first poll saw, for a source registered without one
 * @param etag              validators for the next conditional GET
 * @param failingSince      when the current run of failures began (null while polls succeed)
 * @param seen              the items already taken, encoded by {@link SeenItems#encode()}
 */
public record SourceState(String id, long revision, SourceKind detectedKind, String etag, String lastModified,
        Instant lastPolledAt, Integer lastHttpStatus, Instant nextPollAt, long itemsSeen, long articlesIngested,
        int consecutiveFailures, Instant failingSince, String lastError, String lastItemError, long polls,
        long notModified, long failures, String seen) {

    public static SourceState initial(String id) {
        return new SourceState(id, 0, null, null, null, null, null, null, 0, 0, 0, null, null, null, 0, 0, 0, null);
    }
}
