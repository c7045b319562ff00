package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.RawArticle;

/**
 * A test-only hook for the fault suite: with {@code NEWSFLOW_FAULT_INJECTION=true} (off by default),
 * an article whose metadata has {@code newsflow-fault: enrich-throw} makes enrichment throw, as a
 * deterministic enrichment bug would. Without the switch the metadata means nothing.
 */
final class FaultInjection {

    static final String METADATA_KEY = "newsflow-fault";
    static final String ENRICH_THROW = "enrich-throw";

    private FaultInjection() {
    }

    static ArticleEnricher wrap(ArticleEnricher enricher) {
        return (article, context) -> {
            if (asksToThrow(article)) {
                throw new IllegalStateException("injected enrichment failure (metadata " + METADATA_KEY + "="
                        + ENRICH_THROW + ", NEWSFLOW_FAULT_INJECTION=true)");
            }
            return enricher.enrich(article, context);
        };
    }

    private static boolean asksToThrow(RawArticle article) {
        return ENRICH_THROW.equals(article.metadata().get(METADATA_KEY));
    }
}
