package dev.newsflow.ops.deadletters;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** One record as read back from a topic: where it sits, its key, its bytes and its headers. */
public record TopicRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value, Headers headers) {

    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** The last header of that name as UTF-8 text, or null. */
    public String header(String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}
