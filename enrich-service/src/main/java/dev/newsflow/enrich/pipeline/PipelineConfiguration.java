package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.enrich.EnrichProperties;
import dev.newsflow.enrich.deadletter.DeadLetters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    EnrichmentPipeline enrichmentPipeline(ArticleEnricher enricher, KafkaTemplate<String, byte[]> template, JsonMapper mapper,
            EnrichProperties properties) {
        return new EnrichmentPipeline(new RawArticleFormat(), enricher,
                new EnrichedRecordWriter(template, mapper, properties.sourceName()), new DeadLetters(template));
    }

    /**
     * What happens after a transaction rolled back: the batch is retried from its first record,
     * with a capped exponential back-off and without end. Records that can never succeed were
     * already dead-lettered inside the transaction, so what lands here is transient (the broker is
     * away, a transaction was fenced) and giving up would lose articles.
     */
    @Bean
    AfterRollbackProcessor<Object, Object> retryForeverAfterRollback(EnrichProperties properties) {
        var backOff = new ExponentialBackOff(properties.retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMax().toMillis());
        return new DefaultAfterRollbackProcessor<>(backOff);
    }
}
