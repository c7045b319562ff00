package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.corpus.ArticleGenerator;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inputs meant to break a cleaner: each finishes well within a second and still yields an article. */
class PathologicalInputTests {

    static final Duration LIMIT = Duration.ofSeconds(1);

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());

    /** The limit is for a running service: models loaded, code compiled, as after its first articles. */
    @BeforeAll
    static void warmUpLikeARunningService() {
        Enricher.warmUp();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        ArticleGenerator generator = new ArticleGenerator(3);
        for (int i = 0; i < 200; i++) {
            RawArticle article = i % 2 == 0 ? generator.next() : generator.nextHtml();
            enricher.enrich(article, new ArticleContext("w" + i, i, null));
        }
    }

    private EnrichedArticle enrich(String body, String contentType) {
        RawArticle raw = new RawArticle("p", "https://example.org/p", "example", "Pathological", body, contentType,
                null, null, null, null);
        return assertTimeout(LIMIT, () -> enricher.enrich(raw, new ArticleContext("p", 0, null)));
    }

    @Test
    void oneMegabyteSingleLine() {
        StringBuilder line = new StringBuilder();
        Random random = new Random(1);
        while (line.length() < 1_000_000) {
            line.append("word").append(random.nextInt(100_000)).append(random.nextInt(10) == 0 ? ". " : " ");
        }

        EnrichedArticle article = enrich(line.toString(), null);

        assertThat(article.body().length()).isLessThanOrEqualTo(100_000);
        assertThat(article.removed().get(0).text()).contains("were cut");
    }

    @Test
    void oneMegabyteWithoutAnyBreakOrSpace() {
        EnrichedArticle article = enrich("x".repeat(1_000_000), null);

        assertThat(article.sentenceCount()).isPositive();
    }

    @Test
    void tenThousandRepeatsOfOneSentence() {
        EnrichedArticle article = enrich("The same sentence is said again and again. ".repeat(10_000), null);

        assertThat(article.sentenceCount()).isEqualTo(1);
        assertThat(article.removed()).hasSizeLessThanOrEqualTo(103);
        assertThat(article.removed()).extracting(Removal::reason).contains(RemovalReason.REPEATED_SENTENCE);
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);

        EnrichedArticle article = enrich(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), null);

        assertThat(article.language()).isEqualTo("und");
        assertThat(article.body()).doesNotContain("\u0000");
    }

    @Test
    void mixedScriptsAndRightToLeftText() {
        String mixed = "Putin met Kim. Президент России встретился с лидером КНДР. 会谈结束了。 "
                + "مرحبا بكم في موقعنا الإخباري. שלום לכולם. \u202Eevil override\u202C text. ".repeat(500);

        EnrichedArticle article = enrich(mixed, null);

        assertThat(article.sentenceCount()).isPositive();
        assertThat(article.wordCount()).isPositive();
    }

    @Test
    void arabicArticleIsArabic() {
        EnrichedArticle article = enrich("أعلنت الحكومة يوم الاثنين أنها سترفع الضرائب على الوقود والتبغ لتمويل "
                + "المستشفيات الجديدة في جميع أنحاء البلاد. وقال وزير المالية إن القرار كان صعبا.", null);

        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.sentenceCount()).isEqualTo(2);
    }

    @Test
    void noSentencesAtAll() {
        EnrichedArticle article = enrich("!!! ??? ... --- *** ||| ### 123 456", null);

        assertThat(article.language()).isEqualTo("und");
        assertThat(article.wordCount()).isEqualTo(2);
    }

    @Test
    void emptyAndBlankBodies() {
        assertThat(enrich("", null).removed()).extracting(Removal::reason).containsExactly(RemovalReason.EMPTY_AFTER_CLEANING);
        assertThat(enrich(" \n\n\t ", null).body()).isEmpty();
    }

    @Test
    void deeplyNestedAndUnclosedHtml() {
        String html = "<html><body>" + "<div><span>".repeat(2_000) + "<p>Text inside a deep page. It ends here."
                + "<p>".repeat(10_000) + "<script>" + "x".repeat(100_000);

        EnrichedArticle article = enrich(html, RawArticle.TEXT_HTML);

        assertThat(article.body()).contains("Text inside a deep page.");
    }
}
