package dev.newsflow.examples.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The example subscriber against a real (embedded) broker: each event printed once, redeliveries skipped. */
class SubscriberIntegrationTests {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.PUBLISHED);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        kafka.destroy();
    }

    @Test
    void printsEachPublishedEventOnceEvenWhenItIsDeliveredTwice() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString()), new StringSerializer(), new StringSerializer())) {
            producer.send(published("a-1", 7, "Harbour reopens", "ev-a-1-7")).get();
            // the same event again, as publish-service sends it when it retries after a lost acknowledgement
            producer.send(published("a-1", 7, "Harbour reopens", "ev-a-1-7")).get();
            producer.send(published("b-2", 9, "Bridge closed", "ev-b-2-9")).get();
        }
        var printed = new ByteArrayOutputStream();
        var config = Subscriber.config(kafka.getBrokersAsString(), Subscriber.GROUP);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
                var out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            var subscriber = new Subscriber(consumer, out);

            // b-2 was sent last and shares no partition guarantee with a-1, so wait for every line
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                subscriber.pollOnce(Duration.ofMillis(200));
                return printed.toString(StandardCharsets.UTF_8).lines().count() >= 2
                        && consumer.assignment().stream().allMatch(p -> consumer.position(p) >= endOffset(consumer, p));
            });
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "a-1 7 Harbour reopens http://127.0.0.1:8083/api/v1/articles/a-1",
                "b-2 9 Bridge closed http://127.0.0.1:8083/api/v1/articles/b-2");
    }

    private static long endOffset(KafkaConsumer<String, String> consumer, TopicPartition partition) {
        return consumer.endOffsets(List.of(partition)).get(partition);
    }

    private static ProducerRecord<String, String> published(String id, long version, String title, String eventId) {
        String value = """
                {"eventId":"%s","occurredAt":"2024-05-01T09:30:00Z","id":"%s","version":%d,"url":null,"source":"wire",
                 "title":"%s","language":"en","category":"SOCIETY","entities":[],"duplicateOf":null,"publishedAt":null,
                 "href":"http://127.0.0.1:8083/api/v1/articles/%s"}
                """.formatted(eventId, id, version, title, id);
        var record = new ProducerRecord<>(Topics.PUBLISHED, id, value);
        record.headers().add(Headers.CE_ID, eventId.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
