package dev.newsflow.enrich.faultsuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrich.pipeline.ArticleEnricher;
import dev.newsflow.enrichment.ArticleContext;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultSuiteInjectionTests {

    private final AtomicInteger calls = new AtomicInteger();
    private final ArticleEnricher counting = (article, context) -> {
        calls.incrementAndGet();
        return null;
    };
    private final ArticleContext context = new ArticleContext("a-1", 7, Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aMarkedArticleMakesEnrichmentThrowWithoutReachingTheEnricher() {
        RawArticle marked = article(Map.of(FaultSuiteInjection.METADATA_KEY, FaultSuiteInjection.ENRICH_THROW));

        assertThatThrownBy(() -> FaultSuiteInjection.wrap(counting).enrich(marked, context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("injected enrichment failure");
        assertThat(calls).hasValue(0);
    }

    @Test
    void otherArticlesGoToTheEnricherUntouched() {
        EnrichedArticle result = FaultSuiteInjection.wrap(counting).enrich(article(Map.of("newsflow-fault", "something-else")), context);

        assertThat(result).isNull();
        assertThat(calls).hasValue(1);
    }

    private static RawArticle article(Map<String, String> metadata) {
        return new RawArticle("a-1", null, null, "Title", "Body text.", null, null, null, null, metadata);
    }
}
