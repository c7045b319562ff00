package dev.newsflow.enrichment.summary;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.TestArticles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizerTests {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void seedSummaryIsThreeOfItsSentencesInOrder() {
        TextAnalysis seed = TestArticles.seed();

        String summary = summarizer.summarize(seed);

        List<String> picked = seed.sentences().stream().filter(summary::contains).toList();
        assertThat(picked).hasSize(3);
        assertThat(String.join(" ", picked)).isEqualTo(summary);
        assertThat(summary).contains("Kim Jong Un").contains("Putin").doesNotContain("Leave a Reply");
    }

    @Test
    void shortArticlesGetOneSentence() {
        TextAnalysis text = TestArticles.of("Bridge reopens", "The old bridge reopened to traffic on Monday after repairs. "
                + "Drivers welcomed the news.");

        assertThat(summarizer.summarize(text)).isEqualTo("The old bridge reopened to traffic on Monday after repairs.");
    }

    @Test
    void nullOnlyWithoutSentences() {
        assertThat(summarizer.summarize(new TextAnalysis("Title", "", List.of(), "und"))).isNull();
        assertThat(summarizer.summarize(new TextAnalysis("Title", "Just one line without a full stop", List.of(), "en")))
                .isEqualTo("Just one line without a full stop");
    }

    @Test
    void aVeryLongSentenceIsCut() {
        String longSentence = "word ".repeat(5_000).strip() + ".";

        String summary = summarizer.summarize(TestArticles.of("", longSentence));

        assertThat(summary).hasSizeLessThanOrEqualTo(Summarizer.MAX_SENTENCE_CHARS + 1).endsWith("…");
    }

    @Test
    void headingsAndCaptionsLoseToSentences() {
        TextAnalysis text = TestArticles.of("Storm hits the coast", "Photo: the storm hits the coast road near "
                + "the harbour wall\n\nThe storm cut power to thousands of homes on the coast on Monday night.");

        assertThat(summarizer.summarize(text)).isEqualTo("The storm cut power to thousands of homes on the coast on "
                + "Monday night.");
    }

    @Test
    void otherLanguagesGetTheirLead() {
        List<String> sentences = List.of("Praha 12. května", "Vláda ve středu schválila nový zákon o nájmech bytů.",
                "Opozice zákon ostře kritizovala a chce ho napadnout u soudu.", "Zákon začne platit v lednu.",
                "Ministr řekl, že nájmy klesnou.", "Krátce.");
        TextAnalysis czech = new TextAnalysis("Vláda schválila zákon", String.join("\n\n", sentences), sentences, "cs");

        assertThat(summarizer.summarize(czech)).isEqualTo("Vláda ve středu schválila nový zákon o nájmech bytů. "
                + "Opozice zákon ostře kritizovala a chce ho napadnout u soudu. Zákon začne platit v lednu.");
        assertThat(summarizer.summarize(new TextAnalysis("", "Jen nadpis", List.of("Jen nadpis"), "und")))
                .isEqualTo("Jen nadpis");
    }
}
