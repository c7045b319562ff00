package dev.newsflow.enrich.deadletter;

import dev.newsflow.contracts.DeadLetterHeaders;
import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record that can never be processed to its topic's dead-letter topic with its original
 * key, bytes and headers, plus headers that say where it came from and why it failed (spring-kafka's
 * {@code kafka_dlt-*} ones and newsflow's own from {@link DeadLetterHeaders}, which a redrive reads).
 */
public final class DeadLetters {

    private final DeadLetterPublishingRecoverer recoverer;

    public DeadLetters(KafkaOperations<?, ?> template) {
        this.recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        this.recoverer.setFailIfSendResultIsError(true);
        this.recoverer.setHeadersFunction(DeadLetters::reasonHeaders);
    }

    public void send(ConsumerRecord<?, ?> record, UnprocessableRecordException failure) {
        recoverer.accept(failure.reason() == DeadLetterReason.TOO_LARGE ? withoutValue(record) : record, null, failure);
    }

    /**
     * A value too large to read may be too large for the dead-letter topic as well (a client can
     * compress far more than that onto the raw topic); failing to dead-letter it would stop the
     * partition, so its dead letter carries key, headers and where the value still is.
     */
    private static ConsumerRecord<?, ?> withoutValue(ConsumerRecord<?, ?> record) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), 0, record.key(), null, record.headers(),
                record.leaderEpoch());
    }

    private static org.apache.kafka.common.header.Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof UnprocessableRecordException)) {
            cause = cause.getCause();
        }
        UnprocessableRecordException failure = cause instanceof UnprocessableRecordException u ? u
                : new UnprocessableRecordException(DeadLetterReason.ENRICHMENT_FAILED,
                        String.valueOf(e.getMessage()), e);
        var headers = new RecordHeaders();
        DeadLetterHeaders.of(failure.reason(), failure, record.topic(), record.partition(), record.offset())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
