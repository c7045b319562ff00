package dev.newsflow.bench.e2e;

import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How many of a part's articles the pipeline dead-lettered (both dead-letter topics, keyed by
 * article id): real text can make enrichment throw, and such an article never reaches the read
 * store, so a run is complete when stored plus dead-lettered make the total. Reads the topics'
 * keys to their current end, without a consumer group.
 */
public final class DeadLetters {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String bootstrap;

    public DeadLetters(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public long count(String prefix) {
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties())) {
            for (String topic : List.of(Topics.RAW_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER)) {
                count += count(consumer, topic, prefix);
            }
        }
        return count;
    }

    private static long count(KafkaConsumer<byte[], byte[]> consumer, String topic, String prefix) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            return 0;
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, TIMEOUT));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long count = 0;
        while (!end.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith(prefix)) {
                    count++;
                }
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        return count;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-bench-dead-letters-" + UUID.randomUUID());
        return p;
    }
}
