package dev.newsflow.publish.consume;

import dev.newsflow.contracts.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Hands each poll of enriched records to {@link ArticleIntake}; failures go to the container's error handler. */
@Component
class EnrichedArticleListener {

    private final ArticleIntake intake;

    EnrichedArticleListener(ArticleIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "publish-enriched", idIsGroup = false, topics = Topics.ENRICHED, batch = "true")
    void onEnriched(List<ConsumerRecord<String, byte[]>> records) {
        intake.acceptAll(records);
    }
}
