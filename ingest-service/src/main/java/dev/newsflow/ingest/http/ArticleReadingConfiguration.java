package dev.newsflow.ingest.http;

import dev.newsflow.ingest.article.BatchDocuments;
import dev.newsflow.ingest.article.JsonArticles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArticleReadingConfiguration {

    @Bean
    JsonArticles jsonArticles() {
        return new JsonArticles();
    }

    @Bean
    BatchDocuments batchDocuments(JsonArticles jsonArticles) {
        return new BatchDocuments(jsonArticles);
    }
}
