package dev.newsflow.ingest.intake;

import dev.newsflow.contracts.format.RawArticleFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one reader of the raw article format that every way in (one article, a batch, a source) shares. */
@Configuration(proxyBeanMethods = false)
class ArticleReadingConfiguration {

    @Bean
    RawArticleFormat rawArticleFormat() {
        return new RawArticleFormat();
    }
}
