package dev.newsflow.enrichment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTests {

    @Test
    void stopWordsPerLanguage() {
        assertThat(Lexicon.of("de").isStopWord("und")).isTrue();
        assertThat(Lexicon.of("fr").isStopWord("dans")).isTrue();
        assertThat(Lexicon.of("es").isStopWord("según")).isTrue();
        assertThat(Lexicon.of("pt").isStopWord("não")).isTrue();
        assertThat(Lexicon.of("it").isStopWord("della")).isTrue();
        assertThat(Lexicon.of("nl").isStopWord("het")).isTrue();
        assertThat(Lexicon.of("en").isStopWord("the")).isTrue();
        assertThat(Lexicon.of("de").isStopWord("the")).isFalse();
        assertThat(Lexicon.of("de").isStopWord("regierung")).isFalse();
    }

    @Test
    void regionalTagsAndCaseAreIgnored() {
        assertThat(Lexicon.of("pt-BR")).isSameAs(Lexicon.of("pt"));
        assertThat(Lexicon.of("FR_fr")).isSameAs(Lexicon.of("fr"));
        assertThat(Lexicon.of("nb")).isSameAs(Lexicon.of("no"));
        assertThat(Lexicon.isAnalysed("de-AT")).isTrue();
    }

    @Test
    void languagesWithoutListsGetNone() {
        assertThat(Lexicon.of("zh")).isSameAs(Lexicon.NONE);
        assertThat(Lexicon.of("und")).isSameAs(Lexicon.NONE);
        assertThat(Lexicon.of(null)).isSameAs(Lexicon.NONE);
        assertThat(Lexicon.NONE.isStopWord("the")).isFalse();
        assertThat(Lexicon.isAnalysed("zh")).isFalse();
        assertThat(Lexicon.isAnalysed("und")).isFalse();
        assertThat(Lexicon.isAnalysed("nl")).isFalse();
    }

    @Test
    void vagueWordsAndTitles() {
        assertThat(Lexicon.of("de").isGeneric("sagte")).isTrue();
        assertThat(Lexicon.of("fr").isGeneric("année")).isTrue();
        assertThat(Lexicon.of("es").isPersonTitle("presidente")).isTrue();
        assertThat(Lexicon.of("it").isCommon("ministro")).isTrue();
        assertThat(Lexicon.of("en").isPersonTitle("president")).isTrue();
    }

    @Test
    void everyListHasItsWords() {
        for (String language : Lexicon.languages()) {
            assertThat(Lexicon.of(language).language()).isEqualTo(language);
        }
        assertThat(Lexicon.languages()).contains("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "ru",
                "hu", "id", "ro", "tr", "cs", "ca", "bg");
    }
}
