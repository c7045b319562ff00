package dev.newsflow.enrich.kafka;

import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.EnrichProperties;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

    /**
     * An enriched article carries the cleaned body (at most 100,000 chars) plus metadata and
     * removals: room for that several times over.
     */
    static final int ENRICHED_MAX_MESSAGE_BYTES = 4 * 1024 * 1024 + 64 * 1024;

    @Bean
    KafkaAdmin.NewTopics enrichTopics(EnrichProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.RAW, properties),
                TopicBuilder.name(Topics.ENRICHED).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(ENRICHED_MAX_MESSAGE_BYTES)).build(),
                topic(Topics.RAW_DEAD_LETTER, properties));
    }

    /**
     * One producer writes enriched records and dead letters; a dead letter is a raw record with
     * headers, so the producer takes what the raw topics take (the enriched topic's own limit is
     * checked by the broker).
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer maxRequestSize() {
        return factory -> factory.updateConfigs(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                Math.max(Topics.RAW_MAX_MESSAGE_BYTES, ENRICHED_MAX_MESSAGE_BYTES)));
    }

    /** The raw topic and its dead-letter topic take what ingest-service may write, whichever service creates them. */
    private static NewTopic topic(String name, EnrichProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.RAW_MAX_MESSAGE_BYTES)).build();
    }
}
