package dev.newsflow.publish.kafka;

import dev.newsflow.contracts.Topics;
import dev.newsflow.publish.PublishProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics this service writes: published events and the dead letters of what it consumes. */
@Configuration(proxyBeanMethods = false)
class TopicDeclarations {

    @Bean
    NewTopic publishedTopic(PublishProperties properties) {
        return TopicBuilder.name(Topics.PUBLISHED).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(PublishProperties properties) {
        return TopicBuilder.name(Topics.ENRICHED_DEAD_LETTER).partitions(properties.partitions()).build();
    }
}
