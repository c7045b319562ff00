package dev.newsflow.enrich.deadletter;

import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.pipeline.UnprocessableRecordException;
import dev.newsflow.enrich.pipeline.UnprocessableRecordException.Reason;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record that can never be processed to its topic's dead-letter topic with its original
 * key, bytes and headers, plus headers that say where it came from and why it failed (spring-kafka's
 * {@code kafka_dlt-*} ones and newsflow's own, which a redrive reads).
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
        recoverer.accept(failure.reason() == Reason.TOO_LARGE ? withoutValue(record) : record, null, failure);
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
        var headers = new RecordHeaders();
        Throwable cause = e;
        while (cause != null && !(cause instanceof UnprocessableRecordException)) {
            cause = cause.getCause();
        }
        String reason = cause instanceof UnprocessableRecordException u ? u.reason().name() : "UNKNOWN";
        Throwable root = cause != null && cause.getCause() != null ? cause.getCause() : cause != null ? cause : e;
        headers.add(Headers.DLT_REASON, bytes(reason));
        headers.add(Headers.DLT_EXCEPTION, bytes(root.getClass().getName()));
        headers.add(Headers.DLT_MESSAGE, bytes(String.valueOf(cause != null ? cause.getMessage() : e.getMessage())));
        headers.add(Headers.DLT_TOPIC, bytes(record.topic()));
        headers.add(Headers.DLT_PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(Headers.DLT_OFFSET, bytes(Long.toString(record.offset())));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
