package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTests {

    @Test
    void namesTheReasonTheRootCauseAndWhereTheRecordWasRead() {
        Exception failure = new IllegalStateException("enrichment failed for a1",
                new UncheckedIOException(new IOException("disk")));

        Map<String, String> headers = DeadLetterHeaders.of(DeadLetterReason.ENRICHMENT_FAILED, failure, "news.articles.raw.v1",
                2, 41L);

        assertThat(headers).containsExactly(
                Map.entry(Headers.DLT_REASON, "ENRICHMENT_FAILED"),
                Map.entry(Headers.DLT_EXCEPTION, "java.io.IOException"),
                Map.entry(Headers.DLT_MESSAGE, "enrichment failed for a1"),
                Map.entry(Headers.DLT_TOPIC, "news.articles.raw.v1"),
                Map.entry(Headers.DLT_PARTITION, "2"),
                Map.entry(Headers.DLT_OFFSET, "41"));
    }

    @Test
    void boundsTheMessage() {
        String message = DeadLetterHeaders.of(DeadLetterReason.SCHEMA_INVALID, new RuntimeException("x".repeat(10_000)),
                "t", 0, 0).get(Headers.DLT_MESSAGE);

        assertThat(message).hasSize(DeadLetterHeaders.MAX_MESSAGE_CHARS).endsWith("…");
    }
}
