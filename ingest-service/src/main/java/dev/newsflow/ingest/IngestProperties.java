package dev.newsflow.ingest;

import java.time.Duration;
import java.util.List;

import dev.newsflow.ingest.sources.SourcesProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything ingest-service can be told from outside; defaults live in {@code application.yml}.
 *
 * @param partitions        partition count of the topics this service declares
 * @param maxBodyBytes      largest request body of {@code POST /api/v1/articles} (413 above)
 * @param maxBatchBytes     largest request body of {@code POST /api/v1/articles/batch} (413 above)
 * @param batchMaxItems     most articles in one batch request (413 above)
 * @param sendTimeout       how long a request waits for the broker's acknowledgement before 503
 * @param retryAfterSeconds what {@code Retry-After} tells a client when the broker cannot take it
 * @param recentCapacity    how many acknowledged article ids the duplicate check remembers
 * @param apiKeys           when not empty, every {@code /api/**} request must carry one of them
 * @param sources           pulling news from feeds, sitemaps and pages
 */
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1048576") int maxBodyBytes,
        @DefaultValue("16777216") int maxBatchBytes,
        @DefaultValue("1000") int batchMaxItems,
        @DefaultValue("8s") Duration sendTimeout,
        @DefaultValue("5") int retryAfterSeconds,
        @DefaultValue("50000") int recentCapacity,
        List<String> apiKeys,
        @DefaultValue SourcesProperties sources) {

    public IngestProperties {
        requirePositive("partitions", partitions);
        requirePositive("max-body-bytes", maxBodyBytes);
        requirePositive("max-batch-bytes", maxBatchBytes);
        requirePositive("batch-max-items", batchMaxItems);
        requirePositive("retry-after-seconds", retryAfterSeconds);
        requirePositive("recent-capacity", recentCapacity);
        if (sendTimeout == null || sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("newsflow.ingest.send-timeout must be positive");
        }
        // INGEST_API_KEYS="" means "no keys", not "the empty key"
        apiKeys = apiKeys == null ? List.of()
                : apiKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /**
     * The largest record value ingest writes: JSON escaping can make an article larger than the
     * body it came in, so the topic and the producer allow twice the body limit.
     */
    public int maxRecordBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 65_536L, 2L * maxBodyBytes);
    }

    /** What the producer and the topic must accept: a record value plus key, headers and batch overhead. */
    public int maxRequestBytes() {
        return maxRecordBytes() + 65_536;
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("newsflow.ingest." + name + " must be positive, was " + value);
        }
    }
}
