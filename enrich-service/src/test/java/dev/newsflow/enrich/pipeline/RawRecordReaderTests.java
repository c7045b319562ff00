package dev.newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.pipeline.UnprocessableRecordException.Reason;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RawRecordReaderTests {

    private final RawRecordReader reader = new RawRecordReader(JsonMapper.builder().build());

    @Test
    void idComesFromTheValueFirst() {
        RawArticle article = reader.read(record("key-1", "{\"id\":\"value-1\",\"title\":\"T\",\"body\":\"B\"}"));
        assertThat(article.id()).isEqualTo("value-1");
    }

    @Test
    void idComesFromTheKeyWhenTheValueHasNone() {
        RawArticle article = reader.read(record("key-1", "{\"title\":\"T\",\"body\":\"B\",\"extra\":{\"x\":1}}"));
        assertThat(article.id()).isEqualTo("key-1");
    }

    @Test
    void idIsDerivedWhenNeitherHasOne() {
        RawArticle first = reader.read(record(null, "{\"title\":\"T\",\"body\":\"B\",\"url\":\"https://example.com/a\"}"));
        RawArticle second = reader.read(record("not a valid id", "{\"title\":\"T\",\"body\":\"B\",\"url\":\"https://example.com/a/\"}"));
        assertThat(first.id()).startsWith("u-").isEqualTo(second.id());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        var record = new ConsumerRecord<>("t", 0, 0, "k", new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'});
        assertReason(record, Reason.NOT_UTF8);
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertReason(record("k", "this is not json"), Reason.NOT_JSON);
        assertReason(record("k", "{\"title\":\"T\",\"body\":\"B\"} trailing"), Reason.NOT_JSON);
        assertReason(new ConsumerRecord<>("t", 0, 0, "k", null), Reason.NOT_JSON);
    }

    @Test
    void valuesLargerThanAnyIngestWritesAreRefusedBeforeDecoding() {
        String page = "<p>" + "a".repeat(Topics.RAW_MAX_VALUE_BYTES) + "</p>";
        String json = "{\"title\":\"T\",\"contentType\":\"text/html\",\"body\":\"" + page + "\"}";

        assertReason(record("k", json), Reason.TOO_LARGE);
        assertThatThrownBy(() -> reader.read(record("k", json))).hasMessageContaining("at most 13107200 are read");
        String fits = "{\"title\":\"T\",\"contentType\":\"text/html\",\"body\":\"" + page.substring(100) + "\"}";
        assertThat(reader.read(record("k", fits)).body()).hasSize(Topics.RAW_MAX_VALUE_BYTES - 93);
    }

    @Test
    void valuesThatBreakTheSchemaAreRefusedWithWhatToFix() {
        assertReason(record("k", "[1,2]"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":\"T\"}"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":\"  \",\"body\":\"B\"}"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":42,\"body\":\"B\"}"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":\"T\",\"body\":\"B\",\"metadata\":{\"a\":{\"b\":1}}}"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":\"T\",\"body\":\"B\",\"publishedAt\":\"yesterday\"}"), Reason.SCHEMA_INVALID);
        assertReason(record("k", "{\"title\":\"T\",\"body\":\"B\",\"contentType\":\"application/pdf\"}"), Reason.SCHEMA_INVALID);
        assertThatThrownBy(() -> reader.read(record("k", "{\"body\":\"B\"}")))
                .hasMessageContaining("title is required");
    }

    private void assertReason(ConsumerRecord<String, byte[]> record, Reason reason) {
        assertThatThrownBy(() -> reader.read(record))
                .isInstanceOfSatisfying(UnprocessableRecordException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static ConsumerRecord<String, byte[]> record(String key, String value) {
        return new ConsumerRecord<>("t", 0, 0, key, value.getBytes(StandardCharsets.UTF_8));
    }
}
