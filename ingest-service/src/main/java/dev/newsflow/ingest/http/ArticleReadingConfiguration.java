package dev.newsflow.ingest.http;

import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.ingest.article.BatchDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArticleReadingConfiguration {

    @Bean
    RawArticleFormat rawArticleFormat() {
        return new RawArticleFormat();
    }

    @Bean
    BatchDocuments batchDocuments(RawArticleFormat format) {
        return new BatchDocuments(format);
    }
}
