package dev.newsflow.enrich.faultsuite;

import dev.newsflow.enrich.pipeline.ArticleEnricher;
import dev.newsflow.enrichment.Enricher;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Present only when the fault suite starts enrich-service with {@code NEWSFLOW_FAULT_INJECTION=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsflow.enrich.fault-injection", havingValue = "true")
class FaultSuiteConfiguration {

    @Bean
    @Primary
    ArticleEnricher faultSuiteEnricher(Enricher enricher) {
        LoggerFactory.getLogger(FaultSuiteConfiguration.class)
                .warn("Fault-suite injection is ON (NEWSFLOW_FAULT_INJECTION=true): marked articles make enrichment throw");
        return FaultSuiteInjection.wrap(enricher::enrich);
    }
}
