package dev.newsflow.enrich;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything enrich-service can be told, with defaults in application.yml.
 *
 * @param partitions        partitions of the topics this service declares
 * @param stateDir          where learned per-source boilerplate is kept across restarts
 * @param retryInitial      first pause after a transient failure (a broker that is away)
 * @param retryMax          the longest pause between retries; retries never give up
 * @param sourceName        the CloudEvents source of the events this service writes
 */
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        int partitions,
        Path stateDir,
        Duration retryInitial,
        Duration retryMax,
        String sourceName) {
}
