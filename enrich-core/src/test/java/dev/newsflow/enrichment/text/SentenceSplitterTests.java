package dev.newsflow.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    @Test
    void splitsAtSentenceEnds() {
        assertThat(SentenceSplitter.split("One thing happened. Another followed! Did it? Yes."))
                .containsExactly("One thing happened.", "Another followed!", "Did it?", "Yes.");
    }

    @Test
    void knowsTitlesInitialsDecimalsAndDottedAbbreviations() {
        assertThat(SentenceSplitter.split("Mr. Smith met Dr. Jones at 3.5 p.m. in the U.S. Senate. John F. Kennedy was not there."))
                .containsExactly("Mr. Smith met Dr. Jones at 3.5 p.m. in the U.S. Senate.", "John F. Kennedy was not there.");
    }

    @Test
    void endsAfterAnAbbreviationWhenASentenceOpenerFollows() {
        assertThat(SentenceSplitter.split("He moved to the U.S. The rest is history."))
                .containsExactly("He moved to the U.S.", "The rest is history.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(SentenceSplitter.split("\u201cI am happy to see you,\u201d Putin said. \u201cWelcome.\u201d Kim nodded."))
                .containsExactly("\u201cI am happy to see you,\u201d Putin said.", "\u201cWelcome.\u201d", "Kim nodded.");
    }

    @Test
    void doesNotSplitBeforeLowerCase() {
        assertThat(SentenceSplitter.split("Prices rose etc. and wages fell... but slowly.")).hasSize(1);
    }

    @Test
    void cutsRunsWithoutAnyBoundary() {
        String words = "word ".repeat(1000);

        assertThat(SentenceSplitter.split(words)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(
                SentenceSplitter.MAX_SENTENCE_CHARS));
    }

    @Test
    void fullWidthTerminatorsEndSentences() {
        assertThat(SentenceSplitter.split("会谈结束了。双方同意再次会面。")).containsExactly("会谈结束了。", "双方同意再次会面。");
    }

    @Test
    void germanOrdinalsDoNotEndSentences() {
        assertThat(SentenceSplitter.split("Die Wahl findet am 3. Oktober statt. Der 1. FC Köln gewann."))
                .containsExactly("Die Wahl findet am 3. Oktober statt.", "Der 1. FC Köln gewann.");
        assertThat(SentenceSplitter.split("He was 25. He left.")).containsExactly("He was 25.", "He left.");
    }

    @Test
    void closingCornerBracketsStayWithTheirSentence() {
        assertThat(SentenceSplitter.split("彼は「行きます。」と言った。次の文。"))
                .containsExactly("彼は「行きます。」", "と言った。", "次の文。");
        assertThat(SentenceSplitter.split("„Das ist gut.“ Dann ging er.")).containsExactly("„Das ist gut.“", "Dann ging er.");
    }
}
