package dev.newsflow.ingest.sources;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ingest-service pulls news ({@code newsflow.ingest.sources.*}); part of
 * {@link dev.newsflow.ingest.IngestProperties}, defaults in {@code application.yml}.
 *
 * @param polling             whether this instance takes part in polling (the API works either way)
 * @param pollerGroup         consumer group whose partition assignment shares the sources among instances
 * @param defaultPollInterval poll interval of a source registered without one
 * @param minPollInterval     the shortest poll interval a source may ask for
 * @param jitter              each interval is stretched or shrunk by up to this fraction, so sources drift apart
 * @param maxBackoff          the longest wait after consecutive failures while a source is not yet failing
 * @param failingAfter        a source failing for this long is marked {@code failing}
 * @param failingPollInterval how often a {@code failing} source is still tried
 * @param seenCapacity        item URLs remembered per source (a listing longer than this is cut to its newest)
 * @param maxItemsPerPoll     pages fetched per poll at most; the rest wait for the next poll
 * @param maxConcurrentPolls  polls running at once on this instance
 * @param workerThreads       threads that run fetch steps (waiting for a host's turn holds none)
 * @param fetch               the fetcher's limits
 * @param deskOrigins         browser origins allowed to read the sources (the desk of publish-service shows
 *                            their health); empty: none
 */
public record SourcesProperties(
        @DefaultValue("true") boolean polling,
        @DefaultValue("newsflow-ingest-sources") String pollerGroup,
        @DefaultValue("PT5M") Duration defaultPollInterval,
        @DefaultValue("PT1M") Duration minPollInterval,
        @DefaultValue("0.1") double jitter,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("P1D") Duration failingAfter,
        @DefaultValue("PT6H") Duration failingPollInterval,
        @DefaultValue("2000") int seenCapacity,
        @DefaultValue("100") int maxItemsPerPoll,
        @DefaultValue("16") int maxConcurrentPolls,
        @DefaultValue("4") int workerThreads,
        @DefaultValue Fetch fetch,
        List<String> deskOrigins) {

    public SourcesProperties {
        deskOrigins = deskOrigins == null ? List.of()
                : deskOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        require(defaultPollInterval != null && !defaultPollInterval.isNegative() && !defaultPollInterval.isZero(),
                "default-poll-interval must be positive");
        require(minPollInterval != null && !minPollInterval.isNegative(), "min-poll-interval must not be negative");
        require(jitter >= 0 && jitter < 1, "jitter must be in [0, 1)");
        require(seenCapacity > 0 && maxItemsPerPoll > 0 && maxConcurrentPolls > 0 && workerThreads > 0,
                "seen-capacity, max-items-per-poll, max-concurrent-polls and worker-threads must be positive");
        require(fetch != null, "fetch must be set");
    }

    /**
     * @param userAgent      sent with every request; its product token (before the first '/') is the name
     *                       robots.txt rules are matched against
     * @param hostRate       requests per second to one host, at most
     * @param hostConcurrency requests to one host at the same time, at most
     * @param maxBytes       largest response body, before and after decompression
     * @param maxRedirects   redirects followed per fetch, at most
     * @param connectTimeout time to open a connection
     * @param readTimeout    time for the whole response, headers and body
     * @param robotsTtl      how long a host's robots.txt is kept before it is fetched again
     * @param allowedHosts   host names, addresses or CIDR ranges that may be fetched although they are
     *                       private, loopback or link-local ({@code INGEST_FETCH_ALLOWED_HOSTS})
     * @param memoryBudget   response bytes held by all fetches at once, at most
     */
    public record Fetch(
            String userAgent,
            @DefaultValue("1.0") double hostRate,
            @DefaultValue("2") int hostConcurrency,
            @DefaultValue("10485760") int maxBytes,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("PT24H") Duration robotsTtl,
            List<String> allowedHosts,
            @DefaultValue("67108864") long memoryBudget) {

        public Fetch {
            userAgent = userAgent == null || userAgent.isBlank() ? "newsflow/0.1 (news fetcher)" : userAgent.strip();
            require(hostRate > 0 && hostConcurrency > 0, "host-rate and host-concurrency must be positive");
            require(maxBytes > 0 && maxRedirects >= 0 && memoryBudget >= maxBytes,
                    "max-bytes must be positive, max-redirects not negative, memory-budget at least max-bytes");
            // INGEST_FETCH_ALLOWED_HOSTS="" means "none", not "the empty host"
            allowedHosts = allowedHosts == null ? List.of()
                    : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        }

        /** The name robots.txt groups are matched against: the user agent's product token. */
        public String robotName() {
            return userAgent.split("[/ ]", 2)[0];
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("newsflow.ingest.sources." + message);
        }
    }
}
