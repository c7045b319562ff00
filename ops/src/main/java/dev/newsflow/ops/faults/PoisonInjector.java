package dev.newsflow.ops.faults;

import dev.newsflow.ops.deadletters.DeadLetterTool;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes records straight into the consumed topics that can never be processed, and remembers each
 * one (key, bytes, the dead-letter topic it must end up in) for the check.
 */
final class PoisonInjector implements AutoCloseable {

    /** A poison record and where it must land. */
    record Poison(String kind, String topic, String key, byte[] value, String expectedDeadLetterTopic) {
    }

    private final String prefix;
    private final KafkaProducer<byte[], byte[]> producer;
    final List<Poison> injected = java.util.Collections.synchronizedList(new ArrayList<>());

    PoisonInjector(String bootstrap, String prefix) {
        this.prefix = prefix;
        Properties p = DeadLetterTool.producerProperties(bootstrap);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        producer = new KafkaProducer<>(p);
    }

    /** One round: three kinds into the raw topic, two into the enriched topic. */
    void injectRound(int round) throws InterruptedException {
        String k = prefix + "poison-" + round + "-";
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'x', (byte) round};
        List<Poison> round1 = List.of(
                raw("not-json", k + "text", ("this is not JSON, round " + round + " {").getBytes(StandardCharsets.UTF_8)),
                raw("not-utf8", k + "bytes", notUtf8),
                raw("schema-invalid", k + "schema", ("{\"title\": 42, \"body\": [\"round " + round + "\"]}")
                        .getBytes(StandardCharsets.UTF_8)),
                raw("enrich-throws", k + "throws", ("{\"id\":\"" + k + "throws\",\"title\":\"An article enrichment cannot "
                        + "take\",\"body\":\"Round " + round + ". It is marked so that enrichment throws on it.\","
                        + "\"metadata\":{\"newsflow-fault\":\"enrich-throw\"}}").getBytes(StandardCharsets.UTF_8)),
                enriched("not-json", k + "enriched-text", ("<html>not an enriched article " + round + "</html>")
                        .getBytes(StandardCharsets.UTF_8)),
                enriched("schema-invalid", k + "enriched-schema", ("{\"id\":\"" + k + "enriched-schema\",\"version\":\"v" + round
                        + "\",\"title\":null}").getBytes(StandardCharsets.UTF_8)));
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (Poison p : round1) {
            sent.add(producer.send(new ProducerRecord<>(p.topic(), p.key().getBytes(StandardCharsets.UTF_8), p.value())));
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(150, TimeUnit.SECONDS);
                injected.add(round1.get(i));
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not inject " + round1.get(i).kind() + " into " + round1.get(i).topic(), e);
            }
        }
    }

    private static Poison raw(String kind, String key, byte[] value) {
        return new Poison(kind, Topics.RAW, key, value, Topics.RAW_DEAD_LETTER);
    }

    private static Poison enriched(String kind, String key, byte[] value) {
        return new Poison(kind, Topics.ENRICHED, key, value, Topics.ENRICHED_DEAD_LETTER);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
