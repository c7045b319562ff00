package dev.newsflow.ops.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterToolTests {

    @TempDir
    Path dir;

    @Test
    void aRedriveSendsTheOriginalHeadersWithoutTheDeadLetterOnes() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes("e-1"));
        headers.add("newsflow_dlt_reason", bytes("NOT_JSON"));
        headers.add("newsflow_dlt_topic", bytes("news.articles.raw.v1"));
        headers.add("kafka_dlt-original-offset", bytes("7"));
        headers.add("traceparent", bytes("00-abc"));

        var sent = DeadLetterTool.originalHeaders(letter(3, headers));

        assertThat(sent.toArray()).extracting(Header::key).containsExactly("ce_id", "traceparent");
    }

    @Test
    void theLedgerRemembersRedrivenLettersAcrossRuns() {
        Path file = dir.resolve("ledger.tsv");
        TopicRecord first = letter(3, new RecordHeaders());
        new RedriveLedger(file).record(List.<String[]>of(new String[] {first.topic(), "0", "3", "news.articles.raw.v1", "0", "99"}));

        RedriveLedger reopened = new RedriveLedger(file);

        assertThat(reopened.contains(first)).isTrue();
        assertThat(reopened.contains(letter(4, new RecordHeaders()))).isFalse();
    }

    @Test
    void aValueThatIsNotUtf8IsPreviewedAsHex() {
        assertThat(DeadLetterTool.preview(new byte[] {(byte) 0xFF, 0x41})).startsWith("(not UTF-8) hex ff41");
        assertThat(DeadLetterTool.preview(bytes("{\"a\":1}"))).isEqualTo("{\"a\":1} [7 bytes]");
    }

    private static TopicRecord letter(long offset, RecordHeaders headers) {
        return new TopicRecord("news.articles.raw.v1.dlt", 0, offset, 0L, bytes("k"), bytes("v"), headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
