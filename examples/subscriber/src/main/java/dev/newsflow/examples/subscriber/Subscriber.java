package dev.newsflow.examples.subscriber;

import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints {@code id version title href} for every article newsflow publishes. Delivery is
 * at-least-once (a redelivery after a rebalance or a publish-service retry repeats an event), so
 * it skips events whose {@code ce_id} it has already seen; the id is stable per (id, version).
 */
public final class Subscriber {

    static final String GROUP = "newsflow-example-subscriber";
    private static final int REMEMBERED_EVENTS = 10_000;

    private final Consumer<String, String> consumer;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    /** The most recent event ids, oldest evicted first, so memory stays bounded however long it runs. */
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };

    Subscriber(Consumer<String, String> consumer, PrintStream out) {
        this.consumer = consumer;
        this.out = out;
        consumer.subscribe(List.of(Topics.PUBLISHED));
    }

    public static void main(String[] args) {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        String group = args.length > 0 ? args[0] : GROUP;
        Thread main = Thread.currentThread();
        try (var consumer = new KafkaConsumer<>(config(bootstrap, group), new StringDeserializer(), new StringDeserializer())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup(); // ends the poll below; the consumer then leaves its group cleanly
                joinQuietly(main);
            }));
            var subscriber = new Subscriber(consumer, System.out);
            while (true) {
                subscriber.pollOnce(Duration.ofSeconds(1));
            }
        } catch (WakeupException stopping) {
            // Ctrl-C: nothing to clean up beyond closing the consumer
        }
    }

    static Properties config(String bootstrap, String group) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // a new group starts from the oldest retained event, not only from what arrives next
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /** Polls once and prints each event not seen before; returns how many it printed. */
    int pollOnce(Duration timeout) {
        int printed = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            JsonNode event = json.readTree(record.value());
            String eventId = header(record, Headers.CE_ID, event.path("eventId").stringValue(null));
            if (eventId != null && seen.put(eventId, Boolean.TRUE) != null) {
                continue;
            }
            out.printf("%s %d %s %s%n", event.path("id").asString(), event.path("version").asLong(),
                    event.path("title").asString(), event.path("href").asString());
            printed++;
        }
        return printed;
    }

    private static String header(ConsumerRecord<?, ?> record, String name, String fallback) {
        Header header = record.headers().lastHeader(name);
        return header == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
