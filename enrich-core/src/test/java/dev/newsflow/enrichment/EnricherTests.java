package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.clean.CleaningOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnricherTests {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final Instant INGESTED = Instant.parse("2024-05-01T11:59:59Z");

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void envelopeAndCopiedFields() {
        RawArticle raw = new RawArticle("a-1", "https://example.org/a", "example", "Title Of It",
                "First sentence of the story here. Second sentence follows it.", RawArticle.TEXT_PLAIN, null,
                "2024-04-30T10:00:00Z", "Jane Doe", Map.of("k", "v"));

        EnrichedArticle article = enricher.enrich(raw, new ArticleContext("a-1", 42, INGESTED));

        assertThat(article.eventId()).isEqualTo("enriched:a-1:42");
        assertThat(article.id()).isEqualTo("a-1");
        assertThat(article.version()).isEqualTo(42);
        assertThat(article.occurredAt()).isEqualTo(NOW);
        assertThat(article.enrichedAt()).isEqualTo(NOW);
        assertThat(article.ingestedAt()).isEqualTo(INGESTED);
        assertThat(article.url()).isEqualTo("https://example.org/a");
        assertThat(article.source()).isEqualTo("example");
        assertThat(article.publishedAt()).isEqualTo("2024-04-30T10:00:00Z");
        assertThat(article.author()).isEqualTo("Jane Doe");
        assertThat(article.metadata()).containsEntry("k", "v");
        assertThat(article.duplicateOf()).isNull();
        assertThat(article.enricherVersion()).isEqualTo(Enricher.VERSION);
        assertThat(article.sentenceCount()).isEqualTo(2);
        assertThat(article.wordCount()).isEqualTo(10);
        assertThat(article.readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void sameInputGivesSameOutput() {
        RawArticle raw = new RawArticle("a-2", null, null, "T", "Some text that is long enough to judge its language.",
                null, null, null, null, null);
        ArticleContext context = new ArticleContext("a-2", 1, INGESTED);

        assertThat(enricher.enrich(raw, context)).isEqualTo(enricher.enrich(raw, context));
    }

    @Test
    void htmlPageFillsMissingMetadataButNotGivenOnes() {
        String html = "<html><head><title>Page | Site</title><meta property=\"og:title\" content=\"Real Title\">"
                + "<link rel=\"canonical\" href=\"https://site.example/real\"><meta name=\"author\" content=\"Page Author\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-02T03:04:05Z\"></head>"
                + "<body><article><p>The first paragraph of the page tells the story in full.</p></article></body></html>";
        RawArticle raw = new RawArticle("h-1", null, null, "", html, RawArticle.TEXT_HTML, null, null, "Given Author", null);

        EnrichedArticle article = enricher.enrich(raw, new ArticleContext("h-1", 0, null));

        assertThat(article.title()).isEqualTo("Real Title");
        assertThat(article.url()).isEqualTo("https://site.example/real");
        assertThat(article.author()).isEqualTo("Given Author");
        assertThat(article.publishedAt()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(article.body()).isEqualTo("The first paragraph of the page tells the story in full.");
        assertThat(article.metadata()).containsEntry("canonicalUrl", "https://site.example/real");
    }

    @Test
    void emptyAfterCleaningIsStillProducedAndSaysWhy() {
        RawArticle raw = new RawArticle("e-1", null, null, "Title", "Leave a Reply\nCopyright © 2024 Someone",
                null, null, null, null, null);

        EnrichedArticle article = enricher.enrich(raw, new ArticleContext("e-1", 0, null));

        assertThat(article.body()).isEmpty();
        assertThat(article.sentenceCount()).isZero();
        assertThat(article.readingTimeMinutes()).isEqualTo(1);
        assertThat(article.language()).isEqualTo("und");
        assertThat(article.removed()).extracting(Removal::reason).containsExactly(RemovalReason.BOILERPLATE_PATTERN,
                RemovalReason.BOILERPLATE_PATTERN, RemovalReason.EMPTY_AFTER_CLEANING);
    }

    @Test
    void timedEnrichmentReportsEveryStage() {
        RawArticle raw = new RawArticle("t-1", null, null, "T", "A sentence of some length to enrich here.", null,
                null, null, null, null);

        TimedEnrichment timed = enricher.enrichTimed(raw, new ArticleContext("t-1", 0, null));

        assertThat(timed.article().body()).isEqualTo("A sentence of some length to enrich here.");
        assertThat(timed.timings().asMap()).containsOnlyKeys(Stage.values());
        assertThat(timed.timings().nanos(Stage.CLEAN)).isPositive();
        assertThat(timed.timings().totalNanos()).isGreaterThanOrEqualTo(timed.timings().nanos(Stage.CLEAN));
    }

    @Test
    void rejectsWhatCannotBeEnriched() {
        assertThatThrownBy(() -> new ArticleContext(" ", 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enricher.enrich(null, new ArticleContext("x", 0, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
