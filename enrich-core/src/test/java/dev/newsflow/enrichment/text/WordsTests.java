package dev.newsflow.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTests {

    @Test
    void countsWordsNotPunctuation() {
        assertThat(Words.count("Putin's talks – held on 13 September – lasted 4.5 hours !")).isEqualTo(9);
        assertThat(Words.count("")).isZero();
        assertThat(Words.count("  ...  ")).isZero();
    }

    @Test
    void countsEachIdeographAsAWord() {
        assertThat(Words.count("会谈 结束")).isEqualTo(4);
    }

    @Test
    void readingTimeIsAtLeastOneMinute() {
        assertThat(Words.readingTimeMinutes(0)).isEqualTo(1);
        assertThat(Words.readingTimeMinutes(230)).isEqualTo(1);
        assertThat(Words.readingTimeMinutes(231)).isEqualTo(2);
    }

    @Test
    void chineseAndJapaneseReadAtThreeHundredCharactersAMinute() {
        Words.Counts chinese = Words.counts("会".repeat(600));
        assertThat(chinese).isEqualTo(new Words.Counts(600, 600));
        assertThat(chinese.readingTimeMinutes()).isEqualTo(2);
        assertThat(Words.counts("word ".repeat(460)).readingTimeMinutes()).isEqualTo(2);
        assertThat(Words.counts("word ".repeat(461)).readingTimeMinutes()).isEqualTo(3);
        assertThat(Words.counts("").readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void keyIgnoresCaseAndPunctuation() {
        assertThat(Words.key("Russia\u2019s  ‘holy war’, SAID Kim!")).isEqualTo("russia's holy war said kim");
        assertThat(Words.endOfWord("Leave a Reply Your email", 3)).isEqualTo("Leave a Reply".length());
    }
}
