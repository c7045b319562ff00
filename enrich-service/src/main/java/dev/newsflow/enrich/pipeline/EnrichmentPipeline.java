package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.enrich.deadletter.DeadLetters;
import dev.newsflow.enrich.deadletter.UnprocessableRecordException;
import dev.newsflow.enrichment.ArticleContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one poll's worth of raw records inside the listener's Kafka transaction. A record that
 * can never be enriched is written to the dead-letter topic in that same transaction, so it is
 * dead-lettered exactly once and the partition keeps flowing; any other failure aborts the
 * transaction and the whole batch is retried.
 */
public final class EnrichmentPipeline {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentPipeline.class);

    private final RawArticleFormat format;
    private final ArticleEnricher enricher;
    private final EnrichedRecordWriter writer;
    private final DeadLetters deadLetters;

    EnrichmentPipeline(RawArticleFormat format, ArticleEnricher enricher, EnrichedRecordWriter writer, DeadLetters deadLetters) {
        this.format = format;
        this.enricher = enricher;
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    void process(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                writer.write(enrich(record));
            } catch (UnprocessableRecordException e) {
                log.warn("Dead-lettering {}-{}@{}: {} ({})", record.topic(), record.partition(), record.offset(),
                        e.getMessage(), e.reason());
                deadLetters.send(record, e);
            }
        }
    }

    private EnrichedArticle enrich(ConsumerRecord<String, byte[]> record) {
        RawArticle article;
        try {
            // the same rules ingest-service admits by, whoever wrote the record
            article = format.fromRecord(record.key(), record.value());
        } catch (FormatException e) {
            throw new UnprocessableRecordException(e.reason(), e.getMessage(), e);
        }
        var context = new ArticleContext(article.id(), record.offset(), ingestedAt(record));
        try {
            return enricher.enrich(article, context);
        } catch (RuntimeException | StackOverflowError e) {
            // the enricher is deterministic: what fails once fails on every retry
            throw new UnprocessableRecordException(DeadLetterReason.ENRICHMENT_FAILED,
                    "enrichment failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** When the article entered the pipeline: the ingest edge's stamp, else the record's time. */
    private static Instant ingestedAt(ConsumerRecord<String, byte[]> record) {
        Header stamp = record.headers().lastHeader(Headers.INGESTED_AT);
        if (stamp != null) {
            try {
                return Instant.parse(new String(stamp.value(), StandardCharsets.UTF_8));
            } catch (DateTimeParseException ignored) {
                // an outside producer's header; the record timestamp is as good
            }
        }
        return Instant.ofEpochMilli(record.timestamp());
    }
}
