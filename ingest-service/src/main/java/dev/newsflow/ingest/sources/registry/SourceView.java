package dev.newsflow.ingest.sources.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.newsflow.ingest.sources.SourceKind;

/**
 * A source with its health, as the API shows it.
 *
 * @param kind        as registered, or as detected by the first poll (null until then)
 * @param nextPollAt  null while the source waits for its first poll (due at once) or is paused
 * @param lastItemError the last problem with a single item (a page that failed, a bad link), which
 *                    does not fail the source
 */
public record SourceView(String id, String url, SourceKind kind, String name, Duration pollInterval, Status status,
        Instant createdAt, Instant lastPolledAt, Integer lastHttpStatus, Instant nextPollAt, long itemsSeen,
        long articlesIngested, int consecutiveFailures, String lastError, String lastItemError, long polls,
        long notModified, long failures) {

    /** {@code ok}, {@code failing} (failing for longer than failing-after, polled less often) or {@code paused}. */
    public enum Status {
        OK, FAILING, PAUSED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static SourceView of(SourceDefinition source, SourceState state, Duration failingAfter, Instant now) {
        Status status = source.paused() ? Status.PAUSED
                : state.consecutiveFailures() > 0 && state.failingSince() != null
                        && !state.failingSince().plus(failingAfter).isAfter(now) ? Status.FAILING : Status.OK;
        return new SourceView(source.id(), source.url(), source.kind() != null ? source.kind() : state.detectedKind(),
                source.name(), source.pollInterval(), status, source.createdAt(), state.lastPolledAt(),
                state.lastHttpStatus(), source.paused() ? null : state.nextPollAt(), state.itemsSeen(),
                state.articlesIngested(), state.consecutiveFailures(), state.lastError(), state.lastItemError(),
                state.polls(), state.notModified(), state.failures());
    }
}
