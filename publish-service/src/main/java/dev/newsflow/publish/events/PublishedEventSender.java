package dev.newsflow.publish.events;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.PublishedArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.PublishProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces stored article versions on the published topic and returns only once the broker
 * acknowledged every one, so the consumed offsets are never committed ahead of the events. A whole
 * poll is sent before the first acknowledgement is awaited, so the producer batches it.
 */
@Component
public class PublishedEventSender {

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final Clock clock;
    private final String articlesUrl;
    private final String eventSource;
    private final Duration timeout;

    PublishedEventSender(KafkaTemplate<String, byte[]> kafka, JsonMapper json, PublishProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.clock = Clock.systemUTC();
        this.articlesUrl = stripTrailingSlash(properties.baseUrl()) + "/api/v1/articles/";
        this.eventSource = properties.eventSource();
        this.timeout = properties.publishTimeout();
    }

    /**
     * The event id is stable per stored state: a re-publish after a crash is recognisably the same
     * event, while a newer version or a re-enrichment of the same version (a later enrichedAt) is a
     * new one. Without an enrichedAt (events logged before it was recorded) it is per (id, version).
     */
    public static String eventId(String id, long version, Instant enrichedAt) {
        return "published:" + id + ":" + version + (enrichedAt == null ? "" : ":" + enrichedAt.toEpochMilli());
    }

    /** Sends one event per stored version, in order, and waits until the broker acknowledged all of them. */
    public List<PublishedArticle> publishAll(List<EnrichedArticle> stored) {
        Instant now = Instant.now(clock);
        List<PublishedArticle> events = new ArrayList<>(stored.size());
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(stored.size());
        for (EnrichedArticle article : stored) {
            PublishedArticle event = toEvent(article, now);
            events.add(event);
            acknowledgements.add(kafka.send(record(event)));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < acknowledgements.size(); i++) {
            String eventId = events.get(i).eventId();
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException("interrupted while publishing " + eventId, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new PublishFailedException("broker did not acknowledge " + eventId, e);
            }
        }
        return events;
    }

    private ProducerRecord<String, byte[]> record(PublishedArticle event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, Headers.CE_ID, event.eventId());
        header(headers, Headers.CE_TYPE, EventTypes.PUBLISHED);
        header(headers, Headers.CE_SOURCE, eventSource);
        header(headers, Headers.CE_SPECVERSION, EventTypes.SPEC_VERSION);
        header(headers, Headers.CE_TIME, event.occurredAt().toString());
        header(headers, Headers.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        return new ProducerRecord<>(Topics.PUBLISHED, null, event.id(), json.writeValueAsBytes(event), headers);
    }

    PublishedArticle toEvent(EnrichedArticle stored, Instant now) {
        return new PublishedArticle(
                eventId(stored.id(), stored.version(), stored.enrichedAt()),
                now,
                stored.id(),
                stored.version(),
                stored.url(),
                stored.source(),
                stored.title(),
                stored.language(),
                stored.category(),
                stored.entities(),
                stored.duplicateOf(),
                stored.publishedAt(),
                href(stored.id()));
    }

    /** Where the read API serves the article with this id. */
    public String href(String id) {
        return articlesUrl + id;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
