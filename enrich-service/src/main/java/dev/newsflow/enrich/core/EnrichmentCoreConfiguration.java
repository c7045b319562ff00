package dev.newsflow.enrich.core;

import dev.newsflow.enrich.EnrichProperties;
import dev.newsflow.enrich.pipeline.ArticleEnricher;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.FileSourceBoilerplateStore;
import dev.newsflow.enrichment.boilerplate.SourceBoilerplateStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichmentCoreConfiguration {

    /** Learned per-source boilerplate, flushed to disk so a restart does not forget it. */
    @Bean(destroyMethod = "close")
    SourceBoilerplateStore sourceBoilerplateStore(EnrichProperties properties) {
        return FileSourceBoilerplateStore.open(properties.stateDir());
    }

    @Bean
    Enricher enricher(SourceBoilerplateStore store) {
        return new Enricher(store);
    }

    @Bean
    ArticleEnricher coreEnricher(Enricher enricher) {
        return enricher::enrich;
    }
}
