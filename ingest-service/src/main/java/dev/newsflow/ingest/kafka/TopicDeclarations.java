package dev.newsflow.ingest.kafka;

import java.util.Map;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics ingest writes (and the raw dead-letter topic, so it exists before the first record
 * is dead-lettered), sized so the largest article ingest accepts also fits the topic.
 */
@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

    @Bean
    NewTopic rawTopic(IngestProperties properties) {
        return topic(Topics.RAW, properties);
    }

    @Bean
    NewTopic rawDeadLetterTopic(IngestProperties properties) {
        // a dead letter carries the original value plus headers, so it needs the same room
        return topic(Topics.RAW_DEAD_LETTER, properties);
    }

    // ---- sources (dev.newsflow.ingest.sources): compacted, the latest record per source id is its truth

    @Bean
    NewTopic sourcesTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.SOURCES)
                .partitions(properties.partitions())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    @Bean
    NewTopic sourceStateTopic(IngestProperties properties) {
        // rewritten after every poll: small segments let the cleaner drop superseded states soon
        return TopicBuilder.name(Topics.SOURCE_STATE)
                .partitions(properties.partitions())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(60 * 60 * 1000))
                .config(TopicConfig.SEGMENT_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024))
                .build();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer maxRequestSize(IngestProperties properties) {
        return factory -> factory.updateConfigs(
                Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, properties.maxRequestBytes()));
    }

    private static NewTopic topic(String name, IngestProperties properties) {
        // replication factor: the broker's default.replication.factor
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(properties.maxRequestBytes()))
                .build();
    }
}
