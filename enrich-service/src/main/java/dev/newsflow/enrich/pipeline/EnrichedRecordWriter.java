package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes an enriched article keyed by its id, with CloudEvents binary-mode headers. */
final class EnrichedRecordWriter {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper mapper;
    private final byte[] source;

    EnrichedRecordWriter(KafkaTemplate<String, byte[]> template, JsonMapper mapper, String sourceName) {
        this.template = template;
        this.mapper = mapper;
        this.source = bytes(sourceName);
    }

    void write(EnrichedArticle article) {
        var headers = new RecordHeaders();
        headers.add(Headers.CE_ID, bytes(article.eventId()));
        headers.add(Headers.CE_TYPE, bytes(EventTypes.ENRICHED));
        headers.add(Headers.CE_SOURCE, source);
        headers.add(Headers.CE_SPECVERSION, bytes(EventTypes.SPEC_VERSION));
        headers.add(Headers.CE_TIME, bytes(article.occurredAt().toString()));
        headers.add(Headers.CONTENT_TYPE, bytes("application/json"));
        headers.add(Headers.INGESTED_AT, bytes(article.ingestedAt().toString()));
        template.send(new ProducerRecord<>(Topics.ENRICHED, null, article.id(), mapper.writeValueAsBytes(article), headers));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
