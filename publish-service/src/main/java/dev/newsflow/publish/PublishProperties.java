package dev.newsflow.publish;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything publish-service can be told; defaults live in {@code application.yml}, each
 * overridable by environment variable.
 *
 * @param partitions partition count of the topics this service declares
 * @param baseUrl public base URL of the read API, used for {@code href} in published events
 * @param eventSource CloudEvents {@code source} of the events this service produces
 * @param publishTimeout how long to wait for the broker to acknowledge a published event
 * @param cursorSecret key that signs paging cursors, so a tampered cursor is rejected
 * @param stream the Server-Sent Events stream of stored articles
 * @param desk the browser page over the read store
 */
@Validated
@ConfigurationProperties("newsflow.publish")
public record PublishProperties(
        @Min(1) int partitions,
        @NotBlank String baseUrl,
        @NotBlank String eventSource,
        @NotNull Duration publishTimeout,
        @Valid @NotNull Retry retry,
        @Valid @NotNull Duplicates duplicates,
        @Valid @NotNull Paging paging,
        @NotBlank String cursorSecret,
        @Valid @NotNull Stream stream,
        @Valid @NotNull Desk desk) {

    /**
     * @param ingestUrl where the desk's browser reaches ingest-service for the sources table (its
     *     address as the browser sees it, e.g. {@code http://127.0.0.1:8081}); empty leaves the table out
     */
    public record Desk(String ingestUrl) {

        public Desk {
            ingestUrl = ingestUrl == null ? "" : ingestUrl.strip().replaceAll("/+$", "");
        }
    }

    /**
     * Back-off of failed records. Transient failures (database or broker unavailable) back off
     * exponentially up to {@code maxInterval} and are retried for as long as they last.
     *
     * @param unclassifiedAttempts tries for a failure of unknown kind before it is dead-lettered
     */
    public record Retry(
            @NotNull Duration initialInterval,
            @DecimalMin("1.0") double multiplier,
            @NotNull Duration maxInterval,
            @Min(1) int unclassifiedAttempts) {
    }

    /**
     * @param maxHammingDistance simhash distance up to which two articles are near-duplicates; at
     *     most 3, because the store finds candidates through four 16-bit bands
     */
    public record Duplicates(@Min(0) @Max(3) int maxHammingDistance) {
    }

    /**
     * @param rankWindow with a text query, how many of the newest title/summary/keyword matches are
     *     ranked by relevance; ranking reads each, so this bounds the cost of a common word
     * @param facetExactLimit with a text query, facets count every match when there are at most this
     *     many; counting reads each match
     * @param facetWindow with a text query that matches more than {@code facetExactLimit} articles,
     *     facets count the matches among this many of the newest stored articles, and say so
     */
    public record Paging(@Min(1) int defaultLimit, @Min(1) @Max(1000) int maxLimit, @Min(1) int rankWindow,
            @Min(1) int facetExactLimit, @Min(1) int facetWindow) {
    }

    /**
     * @param heartbeat how long a quiet stream waits before it sends a comment, so proxies keep it open
     * @param pageSize events read from the event log per query of one client
     * @param maxClients streams open at once; more are refused with 503
     * @param maxLag how far (in events) a client that had caught up may fall behind before it is
     *     disconnected; it resumes with Last-Event-ID when it reconnects
     * @param pollInterval how often the event log is checked although no notification arrived
     * @param retention how much of the event log is kept for clients that resume
     */
    public record Stream(
            @NotNull Duration heartbeat,
            @Min(1) @Max(1000) int pageSize,
            @Min(1) int maxClients,
            @Min(1) long maxLag,
            @NotNull Duration pollInterval,
            @Valid @NotNull Retention retention) {
    }

    /**
     * The event log is pruned to the newest {@code maxEvents} events and to those younger than
     * {@code maxAge}, whichever keeps fewer; a client resuming from a pruned position is refused
     * with 410 and starts again from the read API.
     *
     * @param pruneInterval how often pruning runs
     * @param batch events deleted per transaction while pruning
     */
    public record Retention(
            @Min(1) long maxEvents,
            @NotNull Duration maxAge,
            @NotNull Duration pruneInterval,
            @Min(1) @Max(100_000) int batch) {
    }
}
