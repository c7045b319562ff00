package dev.newsflow.enrich.faultsuite;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrich.pipeline.ArticleEnricher;

/**
 * For the fault suite ({@code ./newsflow faults}) only: with {@code NEWSFLOW_FAULT_INJECTION=true} (off by
 * default, set only when the suite restarts enrich-service), an article whose metadata has
 * {@code newsflow-fault: enrich-throw} makes enrichment throw, as a deterministic enrichment bug would.
 * Without the switch the metadata means nothing and this class is never used.
 */
final class FaultSuiteInjection {

    static final String METADATA_KEY = "newsflow-fault";
    static final String ENRICH_THROW = "enrich-throw";

    private FaultSuiteInjection() {
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
