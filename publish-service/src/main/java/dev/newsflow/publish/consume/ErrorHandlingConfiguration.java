package dev.newsflow.publish.consume;

import dev.newsflow.contracts.DeadLetterHeaders;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.PublishProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error handler of the listener container. The default one retries ten times without
 * delay and then logs and skips the record, which would lose articles during a database outage;
 * here outages are retried for as long as they last and nothing is ever skipped silently.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlingConfiguration.class);

    @Bean
    CommonErrorHandler enrichedErrorHandler(KafkaTemplate<String, byte[]> kafka, PublishProperties properties,
            MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.ENRICHED_DEAD_LETTER,
                        record.partition() < properties.partitions() ? record.partition() : -1));
        recoverer.addHeadersFunction(ErrorHandlingConfiguration::deadLetterHeaders);

        PublishProperties.Retry retry = properties.retry();
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, unclassifiedBackOff(retry));
        handler.setBackOffFunction((record, failure) ->
                FailureKind.of(failure) == FailureKind.TRANSIENT ? transientBackOff(retry) : null);
        handler.addNotRetryableExceptions(FormatException.class, DataIntegrityViolationException.class);
        handler.setRetryListeners(new FailureMetrics(meters));
        return handler;
    }

    /**
     * The enriched topic is written in transactions, so each partition ends in a commit marker that
     * no record stands for; committing past it lets lag read 0 when everything is done.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitPastTransactionMarkers() {
        return container -> container.getContainerProperties().setFixTxOffsets(true);
    }

    /** Capped exponential back-off with neither an attempt limit nor an elapsed-time limit. */
    static BackOff transientBackOff(PublishProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }

    static BackOff unclassifiedBackOff(PublishProperties.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.unclassifiedAttempts() - 1L);
        return backOff;
    }

    static RecordHeaders deadLetterHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.of(FailureKind.reasonOf(failure), FailureKind.unwrap(failure), record.topic(), record.partition(),
                record.offset()).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /** Counts failed deliveries by kind and dead letters, and says in the log what is being retried. */
    private record FailureMetrics(MeterRegistry meters) implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
            FailureKind kind = FailureKind.of(failure);
            meters.counter("newsflow.publish.delivery.failures", "kind", kind.name().toLowerCase()).increment();
            if (kind != FailureKind.PERMANENT) {
                log.warn("Processing {}-{}@{} failed (attempt {}, {}), will retry: {}", record.topic(),
                        record.partition(), record.offset(), deliveryAttempt, kind, FailureKind.unwrap(failure).toString());
            }
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
            meters.counter("newsflow.publish.dead.letters", "reason", FailureKind.reasonOf(failure).name().toLowerCase())
                    .increment();
            log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.ENRICHED_DEAD_LETTER, FailureKind.unwrap(failure).toString());
        }

        @Override
        public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
            log.error("Could not dead-letter {}-{}@{}; it will be delivered again", record.topic(),
                    record.partition(), record.offset(), failure);
        }
    }
}
