package dev.newsflow.ingest;

import java.time.Duration;
import java.util.List;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.sources.SourcesProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything ingest-service can be told from outside; defaults live in {@code application.yml}.
 *
 * @param partitions        partition count of the topics this service declares
 * @param maxBodyBytes      largest request body of {@code POST /api/v1/articles} (413 above), once
 *                          decompressed; {@code text/html} pages have their own limit
 * @param maxHtmlBodyBytes  largest {@code text/html} page, once decompressed: real article pages weigh
 *                          1-1.5 MB, mostly scripts and styles, which ingest trims before writing
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
        @DefaultValue("10485760") int maxHtmlBodyBytes,
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
        requirePositive("max-html-body-bytes", maxHtmlBodyBytes);
        requirePositive("max-batch-bytes", maxBatchBytes);
        requirePositive("batch-max-items", batchMaxItems);
        requirePositive("retry-after-seconds", retryAfterSeconds);
        requirePositive("recent-capacity", recentCapacity);
        if (sendTimeout == null || sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("newsflow.ingest.send-timeout must be positive");
        }
        long records = Math.max(maxHtmlBodyBytes + maxHtmlBodyBytes / 4L, 2L * maxBodyBytes);
        if (records > Topics.RAW_MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("newsflow.ingest.max-html-body-bytes (" + maxHtmlBodyBytes + ") and max-body-bytes ("
                    + maxBodyBytes + ") allow raw records of " + records + " bytes; enrich-service reads at most "
                    + Topics.RAW_MAX_VALUE_BYTES + " (html at most 10485760, other bodies at most 6553600)");
        }
        // INGEST_API_KEYS="" means "no keys", not "the empty key"
        apiKeys = apiKeys == null ? List.of()
                : apiKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /**
     * The largest record value ingest writes for an article that is not HTML: JSON escaping can
     * make an article larger than the body it came in, so twice the body limit.
     */
    public int maxTextRecordBytes() {
        return 2 * maxBodyBytes;
    }

    /**
     * The largest record value ingest writes, an HTML page's included. JSON escaping adds 3.6 % to
     * a real page (at most 79 % on a tiny one; measured on 130 real pages), so a quarter on top of
     * the page limit: 12.5 MiB for 10 MiB pages.
     */
    public int maxRecordBytes() {
        return (int) Math.max(maxHtmlBodyBytes + maxHtmlBodyBytes / 4L, maxTextRecordBytes());
    }

    /**
     * What the producer and the raw topics must accept: the contract's size, which every record
     * ingest may write fits (checked above), so ingest and enrich-service declare the same topics.
     */
    public int maxRequestBytes() {
        return Topics.RAW_MAX_MESSAGE_BYTES;
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("newsflow.ingest." + name + " must be positive, was " + value);
        }
    }
}
