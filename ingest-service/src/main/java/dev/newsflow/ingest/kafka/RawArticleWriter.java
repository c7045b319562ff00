package dev.newsflow.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.kafka.RecentArticles.Fingerprint;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts raw article records on {@link Topics#RAW}, keyed by article id, and completes only when
 * the broker acknowledged them. Content this instance already had acknowledged under the same id
 * is not sent again; identical content already on its way shares that send's outcome.
 */
@Component
public class RawArticleWriter {

    static final String SOURCE = "/ingest-service";
    private static final byte[] APPLICATION_JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private record Pending(Fingerprint fingerprint, CompletableFuture<Delivery> outcome) {
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final RecentArticles recent;
    private final Map<String, Pending> inFlight = new HashMap<>();

    RawArticleWriter(KafkaTemplate<String, byte[]> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.recent = new RecentArticles(properties.recentCapacity());
    }

    /**
     * Sends the record value of article {@code id}. The returned future fails with the producer's
     * exception when the broker did not take it (for instance a
     * {@link org.apache.kafka.common.errors.TimeoutException} when it is unreachable).
     */
    public CompletableFuture<Delivery> write(String id, byte[] value) {
        Fingerprint fingerprint = Fingerprint.of(value);
        CompletableFuture<Delivery> outcome = new CompletableFuture<>();
        synchronized (inFlight) {
            if (recent.contains(id, fingerprint)) {
                return CompletableFuture.completedFuture(Delivery.ALREADY_WRITTEN);
            }
            Pending pending = inFlight.get(id);
            if (pending != null && pending.fingerprint().equals(fingerprint)) {
                return pending.outcome().thenApply(delivery -> Delivery.ALREADY_WRITTEN);
            }
            inFlight.put(id, new Pending(fingerprint, outcome));
        }
        send(id, value).whenComplete((result, failure) -> {
            synchronized (inFlight) {
                inFlight.computeIfPresent(id, (key, pending) -> pending.outcome() == outcome ? null : pending);
                if (failure == null) {
                    recent.remember(id, fingerprint);
                }
            }
            if (failure == null) {
                outcome.complete(Delivery.WRITTEN);
            } else {
                outcome.completeExceptionally(failure);
            }
        });
        return outcome;
    }

    private CompletableFuture<?> send(String id, byte[] value) {
        String now = Instant.now().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW, id, value);
        record.headers()
                .add(new RecordHeader(Headers.CE_ID, utf8(UUID.randomUUID().toString())))
                .add(new RecordHeader(Headers.CE_TYPE, utf8(EventTypes.RAW)))
                .add(new RecordHeader(Headers.CE_SOURCE, utf8(SOURCE)))
                .add(new RecordHeader(Headers.CE_SPECVERSION, utf8(EventTypes.SPEC_VERSION)))
                .add(new RecordHeader(Headers.CE_TIME, utf8(now)))
                .add(new RecordHeader(Headers.CONTENT_TYPE, APPLICATION_JSON))
                .add(new RecordHeader(Headers.INGESTED_AT, utf8(now)));
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // the producer reports most failures through the future, some (closed producer, serializer) by throwing
            return CompletableFuture.failedFuture(e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
