package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import org.junit.jupiter.api.Test;

/**
 * Real articles that were dead-lettered because enrichment threw, in the shape they arrived. Both
 * had a title of four or more words and, among the body's first sentences, a piece without any
 * word, which the near-title check indexed as if it had one.
 */
class EnrichmentFailureTests {

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());

    private EnrichedArticle enrich(String title, String body, String contentType) {
        RawArticle raw = new RawArticle("f", null, "wire", title, body, contentType, null, null, null, null);
        return enricher.enrich(raw, new ArticleContext("f", 0, null));
    }

    @Test
    void correctedWireItemWhoseBodyOpensWithARule() {
        EnrichedArticle article = enrich("[ CORRECTED 08:40 GMT ]",
                "--\nLONDON, March 4 (Reuters) - The company said on Monday that quarterly profit rose by a fifth.\n"
                        + "(Corrects time of the statement in paragraph 2)", RawArticle.TEXT_PLAIN);

        assertThat(article.title()).isEqualTo("[ CORRECTED 08:40 GMT ]");
        assertThat(article.body()).contains("The company said on Monday that quarterly profit rose by a fifth.");
    }

    @Test
    void bracketOnALineOfItsOwn() {
        EnrichedArticle article = enrich("[ CORRECTED 08:40 GMT ]", "[\nThe index fell 2% in early trade.\n]",
                RawArticle.TEXT_PLAIN);

        assertThat(article.body()).contains("The index fell 2% in early trade.");
    }

    /** The shape of the CNBC page: the headline outside the article, a bullet between byline and date. */
    @Test
    void pageWithABulletBetweenBylineAndDate() {
        String html = "<html><head><title>Stocks rally as investors weigh Fed rate path</title></head><body>"
                + "<header><h1>Stocks rally as investors weigh Fed rate path</h1></header><article>"
                + "<div class=\"byline\"><div>Jane Doe</div><div>•</div><div>Published Mon, Jun 3 2024</div></div>"
                + "<p>Stocks rose on Monday as investors weighed the path of interest rates ahead of next week's meeting.</p>"
                + "<p>The S&amp;P 500 gained 1.2% while the Nasdaq Composite added 1.5%, led by technology shares.</p>"
                + "</article></body></html>";

        EnrichedArticle article = enrich("", html, RawArticle.TEXT_HTML);

        assertThat(article.title()).isEqualTo("Stocks rally as investors weigh Fed rate path");
        assertThat(article.body()).contains("Stocks rose on Monday");
        assertThat(article.removed()).extracting(r -> r.reason()).doesNotContain(RemovalReason.EMPTY_AFTER_CLEANING);
    }
}
