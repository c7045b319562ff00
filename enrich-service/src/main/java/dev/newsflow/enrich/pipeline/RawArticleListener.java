package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RawArticleListener {

    private final EnrichmentPipeline pipeline;

    RawArticleListener(EnrichmentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    // the consumer group is spring.kafka.consumer.group-id (newsflow-enrich, ENRICH_GROUP_ID), not the listener id
    @KafkaListener(id = "enrich", idIsGroup = false, topics = Topics.RAW, batch = "true")
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) {
        pipeline.process(records);
    }
}
