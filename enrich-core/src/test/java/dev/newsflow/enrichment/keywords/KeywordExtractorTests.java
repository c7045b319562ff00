package dev.newsflow.enrichment.keywords;

import dev.newsflow.enrichment.lexicon.TestArticles;
import dev.newsflow.enrichment.lexicon.WordLists;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordExtractorTests {

    private final KeywordExtractor extractor = new KeywordExtractor();

    @Test
    void seedKeywordsNameTheStory() {
        List<String> keywords = extractor.extract(TestArticles.seed());

        assertThat(keywords).hasSizeBetween(5, 10).contains("Vladimir Putin", "Kim Jong Un", "Russia");
    }

    @Test
    void noStopWordsNumbersOrRepeatedSubPhrases() {
        List<String> keywords = extractor.extract(TestArticles.seed());

        assertThat(keywords).doesNotHaveDuplicates().noneMatch(k -> k.matches("[\\d\\s.,%]+"))
                .noneMatch(k -> WordLists.isStopWord(k.toLowerCase(Locale.ROOT)))
                .doesNotContain("Putin", "Kim", "said", "According");
        for (String k : keywords) {
            for (String other : keywords) {
                if (!k.equals(other)) {
                    assertThat((" " + other + " ").toLowerCase(Locale.ROOT)).doesNotContain(" " + k.toLowerCase(Locale.ROOT) + " ");
                }
            }
        }
    }

    @Test
    void multiWordPhrasesRankAboveTheirVagueWords() {
        List<String> keywords = extractor.extract(TestArticles.of("Central bank raises interest rates",
                "The central bank raised interest rates again on Tuesday. Higher interest rates will slow inflation, "
                        + "the central bank said. Interest rates have now risen ten times."));

        assertThat(keywords.get(0)).isEqualTo("interest rates");
        assertThat(keywords).contains("central bank");
    }

    @Test
    void numbersAndPunctuationYieldNothing() {
        assertThat(extractor.extract(TestArticles.of("2024", "1,000 2,000. 3.5 — 42%!"))).isEmpty();
        assertThat(extractor.extract(TestArticles.of("", ""))).isEmpty();
    }
}
