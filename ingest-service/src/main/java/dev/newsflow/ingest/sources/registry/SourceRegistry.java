package dev.newsflow.ingest.sources.registry;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.sources.SourcesProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Every source and its polling state, read into memory from the two compacted topics by every
 * instance (one reader thread, from the beginning, then following), and written back through
 * Kafka, so that all instances see the same sources and any of them can answer for any source.
 *
 * <p>Which instance polls a source is decided by Kafka: a second consumer joins the group
 * {@code newsflow.ingest.sources.poller-group} on the sources topic and only reports its partition
 * assignment; an instance polls the sources whose records sit in its partitions. When an instance
 * dies (even by kill -9) the group hands its partitions to the others once its session times out,
 * and they carry on from the state it last wrote.
 */
@Component
public class SourceRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceRegistry.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    /** Lifecycle phase: started before the polling that reads the registry, stopped after it. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1000;

    private record Placed(SourceDefinition definition, int partition) {
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaProperties kafkaProperties;
    private final KafkaAdmin admin;
    private final SourcesProperties properties;
    private final Map<String, Placed> sources = new ConcurrentHashMap<>();
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();
    private final Set<Integer> ownedPartitions = ConcurrentHashMap.newKeySet();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Object progress = new Object();
    private volatile boolean loaded;
    private volatile boolean running;
    private Thread reader;
    private Thread ownership;
    private volatile KafkaConsumer<String, byte[]> readerConsumer;
    private volatile KafkaConsumer<String, byte[]> ownershipConsumer;

    SourceRegistry(KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties, KafkaAdmin admin,
            IngestProperties properties) {
        this.kafka = kafka;
        this.kafkaProperties = kafkaProperties;
        this.admin = admin;
        this.properties = properties.sources();
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** Whether both topics have been read up to where they stood at start; until then answers may be incomplete. */
    public boolean isLoaded() {
        return loaded;
    }

    public Collection<SourceDefinition> all() {
        return sources.values().stream().map(Placed::definition).toList();
    }

    public Optional<SourceDefinition> find(String id) {
        Placed placed = sources.get(id);
        return placed == null ? Optional.empty() : Optional.of(placed.definition());
    }

    /** The source's last known state (an empty one before its first poll). */
    public SourceState state(String id) {
        return states.getOrDefault(id, SourceState.initial(id));
    }

    /** Whether this instance polls the source: its record's partition is assigned to us in the poller group. */
    public boolean owns(String id) {
        Placed placed = sources.get(id);
        return placed != null && ownedPartitions.contains(placed.partition());
    }

    public int ownedCount() {
        return (int) sources.values().stream().filter(placed -> ownedPartitions.contains(placed.partition())).count();
    }

    // ---- writing ------------------------------------------------------------------------------------

    /**
     * Writes the definition and waits until this instance's reader has applied it, so that the
     * caller's next read sees it. Throws {@link RegistryUnavailableException} when the broker does
     * not acknowledge it in time.
     */
    public SourceDefinition save(SourceDefinition definition) {
        RecordMetadata written = write(Topics.SOURCES, definition.id(), SourceRecords.encode(definition));
        awaitApplied(written);
        return definition;
    }

    /** Removes the source and its state (tombstones on both topics). */
    public void delete(String id) {
        write(Topics.SOURCE_STATE, id, null);
        awaitApplied(write(Topics.SOURCES, id, null));
    }

    /**
     * Keeps the polling state (in memory at once, on the state topic in the background). A newer
     * revision than the one held replaces it; the write to Kafka is retried by the producer, and a
     * lost one is superseded by the next poll's.
     */
    public void saveState(SourceState state) {
        if (!sources.containsKey(state.id())) {
            return; // deleted while it was being polled
        }
        states.merge(state.id(), state, (held, offered) -> offered.revision() > held.revision() ? offered : held);
        kafka.send(Topics.SOURCE_STATE, state.id(), SourceRecords.encode(state)).whenComplete((result, failure) -> {
            if (failure != null) {
                log.warn("Could not write the state of source {}: {}", state.id(), failure.getMessage());
            }
        });
    }

    private RecordMetadata write(String topic, String key, byte[] value) {
        try {
            SendResult<String, byte[]> result = kafka.send(topic, key, value)
                    .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return result.getRecordMetadata();
        } catch (ExecutionException e) {
            throw new RegistryUnavailableException("The broker did not take the change: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new RegistryUnavailableException("The broker did not acknowledge the change within "
                    + WRITE_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while writing", e);
        } catch (RuntimeException e) {
            throw new RegistryUnavailableException("The broker did not take the change: " + e.getMessage(), e);
        }
    }

    private void awaitApplied(RecordMetadata written) {
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
        synchronized (progress) {
            while (positions.getOrDefault(partition, -1L) <= written.offset()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new RegistryUnavailableException("The change was written but this instance has not read it back within "
                            + WRITE_TIMEOUT.toSeconds() + " s", null);
                }
                try {
                    progress.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryUnavailableException("Interrupted while waiting for the change to be read back", e);
                }
            }
        }
    }

    // ---- the two consumer threads -------------------------------------------------------------------

    @Override
    public void start() {
        running = true;
        reader = new Thread(this::readForever, "sources-reader");
        reader.setDaemon(true);
        reader.start();
        if (properties.polling()) {
            ownership = new Thread(this::holdPartitions, "sources-ownership");
            ownership.setDaemon(true);
            ownership.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> r = readerConsumer;
        KafkaConsumer<String, byte[]> o = ownershipConsumer;
        if (r != null) {
            r.wakeup();
        }
        if (o != null) {
            o.wakeup();
        }
        join(reader);
        join(ownership);
        ownedPartitions.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void readForever() {
        while (running) {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(null, "ingest-sources-reader"))) {
                readerConsumer = consumer;
                List<TopicPartition> partitions = partitionsOf(consumer, Topics.SOURCES, Topics.SOURCE_STATE);
                if (partitions == null) {
                    pause(Duration.ofSeconds(2));
                    continue;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                    Map<TopicPartition, Long> now = new HashMap<>();
                    for (TopicPartition partition : partitions) {
                        now.put(partition, consumer.position(partition));
                    }
                    synchronized (progress) {
                        positions.putAll(now);
                        progress.notifyAll();
                    }
                    if (!loaded && end.entrySet().stream().allMatch(e -> now.get(e.getKey()) >= e.getValue())) {
                        loaded = true;
                        log.info("Sources loaded: {} sources, {} with polling state", sources.size(), states.size());
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Reading the sources topics failed ({}); starting over", e.toString());
                    pause(Duration.ofSeconds(2));
                }
            } finally {
                readerConsumer = null;
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String id = record.key();
        if (id == null) {
            return;
        }
        if (record.topic().equals(Topics.SOURCES)) {
            SourceDefinition definition = record.value() == null ? null : SourceRecords.definition(record.value());
            if (definition == null) {
                sources.remove(id);
                states.remove(id);
            } else {
                sources.put(id, new Placed(definition, record.partition()));
            }
        } else if (record.value() == null) {
            states.remove(id);
        } else {
            SourceState state = SourceRecords.state(record.value());
            if (state != null) {
                states.merge(id, state, (held, read) -> read.revision() > held.revision() ? read : held);
            }
        }
    }

    private void holdPartitions() {
        while (running) {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                    consumerConfig(properties.pollerGroup(), "ingest-sources-ownership"))) {
                ownershipConsumer = consumer;
                consumer.subscribe(List.of(Topics.SOURCES), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        partitions.forEach(p -> ownedPartitions.remove(p.partition()));
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        partitions.forEach(p -> ownedPartitions.add(p.partition()));
                        log.info("Polling the sources of partitions {} of {}", ownedPartitions, Topics.SOURCES);
                    }

                    @Override
                    public void onPartitionsLost(Collection<TopicPartition> partitions) {
                        onPartitionsRevoked(partitions);
                    }
                });
                while (running) {
                    // only the membership matters; the records are the reader's
                    consumer.poll(Duration.ofSeconds(1));
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                ownedPartitions.clear();
                if (running) {
                    log.warn("The poller group membership failed ({}); joining again", e.toString());
                    pause(Duration.ofSeconds(2));
                }
            } finally {
                ownershipConsumer = null;
            }
        }
    }

    /** All partitions of the topics, creating the topics when they are missing; null when the broker cannot say. */
    private List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String... topics) {
        try {
            List<TopicPartition> all = new java.util.ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos == null || infos.isEmpty()) {
                    // the broker was away when the service started, so the topics were never declared
                    admin.initialize();
                    return null;
                }
                infos.forEach(info -> all.add(new TopicPartition(info.topic(), info.partition())));
            }
            return all;
        } catch (RuntimeException e) {
            log.debug("Sources topics not readable yet: {}", e.toString());
            return null;
        }
    }

    private Map<String, Object> consumerConfig(String groupId, String clientId) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a topic created implicitly would not be compacted
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        if (groupId == null) {
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        } else {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            // a killed instance's sources move to the others within seconds
            config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        }
        return config;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void join(Thread thread) {
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
