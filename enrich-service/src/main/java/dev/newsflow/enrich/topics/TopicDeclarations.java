package dev.newsflow.enrich.topics;

import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.EnrichProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

    /**
     * An enriched article carries the whole cleaned body plus metadata: room for a body at the
     * ingest edge's largest accepted size several times over. Keep in step with the producer's
     * max.request.size in application.yml.
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

    private static NewTopic topic(String name, EnrichProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).build();
    }
}
