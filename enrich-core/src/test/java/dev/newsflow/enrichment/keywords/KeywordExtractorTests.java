package dev.newsflow.enrichment.keywords;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Lexicon;
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

    private static TextAnalysis in(String language, String title, String body) {
        TextAnalysis english = TestArticles.of(title, body);
        return new TextAnalysis(english.title(), english.body(), english.sentences(), language);
    }

    @Test
    void frenchKeywordsHoldNoFrenchFunctionWords() {
        List<String> keywords = extractor.extract(in("fr", "Le Parlement adopte la loi sur le renseignement",
                "Les députés ont adopté mardi le projet de loi sur le renseignement. Le projet de loi donne aux services "
                        + "de nouveaux moyens de surveillance. La Commission nationale de contrôle sera consultée. "
                        + "Selon le gouvernement, les services de renseignement en avaient besoin depuis l'été."));

        assertThat(keywords).contains("renseignement").doesNotContain("le", "la", "les", "de", "Le", "La", "Selon");
        assertThat(keywords).noneMatch(k -> Lexicon.of("fr").isStopWord(k.toLowerCase(Locale.ROOT).split(" ")[0]));
    }

    @Test
    void germanCapitalsAreNotTakenForNames() {
        List<String> keywords = extractor.extract(in("de", "Regierung beschließt neues Gesetz",
                "Die Regierung hat am Mittwoch ein neues Gesetz beschlossen. Das Gesetz soll die Mieten begrenzen, "
                        + "sagte die Ministerin. Die Opposition kritisierte das Gesetz als zu schwach. "
                        + "Der Bundestag berät das Gesetz im Herbst."));

        assertThat(keywords).contains("Gesetz").doesNotContain("Die", "Das", "Der", "sagte", "am");
        assertThat(keywords.get(0)).isEqualTo("Gesetz");
    }

    @Test
    void romanceNamesRunOverDe() {
        List<String> keywords = extractor.extract(in("es", "El Banco de España sube los tipos",
                "El Banco de España publicó el lunes su informe anual. Según el Banco de España, la economía crecerá "
                        + "este año. El gobernador del Banco de España presentó el informe en Madrid."));

        assertThat(keywords).contains("Banco de España").doesNotContain("Según", "El", "de");
    }

    @Test
    void otherLanguagesGetNoKeywords() {
        assertThat(extractor.extract(in("nl", "De regering valt", "De regering is gevallen. De premier heeft zijn "
                + "ontslag aangeboden aan de koning."))).isEmpty();
        assertThat(extractor.extract(in("und", "Kim Jong Un Putin", "Kim Jong Un Putin Vostochny Cosmodrome."))).isEmpty();
    }
}
