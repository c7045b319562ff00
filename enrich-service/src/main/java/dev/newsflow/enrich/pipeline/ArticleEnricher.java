package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;

/** The enrichment step as the pipeline sees it; in production the enrich-core {@code Enricher}. */
@FunctionalInterface
public interface ArticleEnricher {

    EnrichedArticle enrich(RawArticle article, ArticleContext context);
}
