package dev.newsflow.enrichment.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTests {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void possessivesSplitOffAndApostrophesAreNormalised() {
        assertThat(texts("Russia’s and People's")).containsExactly("Russia", "'s", "and", "People", "'s");
        assertThat(texts("O’Brien don't")).containsExactly("O'Brien", "don't");
    }

    @Test
    void dottedAcronymsNumbersAndHyphens() {
        List<Token> tokens = Tokenizer.tokenize("The U.S. paid 1,000.5 to Kim Jong-un.");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("The", "U.S.", "paid", "1,000.5", "to", "Kim", "Jong", "un", ".");
        assertThat(tokens.get(1).isAllCaps()).isTrue();
        assertThat(tokens.get(3).kind()).isEqualTo(Token.Kind.NUMBER);
        assertThat(tokens.get(7).hyphenBefore()).isTrue();
    }

    @Test
    void capitalisationFlags() {
        List<Token> tokens = Tokenizer.tokenize("NATO Nato nato Ünal");

        assertThat(tokens).extracting(Token::isAllCaps).containsExactly(true, false, false, false);
        assertThat(tokens).extracting(Token::isCapitalized).containsExactly(true, true, false, true);
        assertThat(tokens.get(3).lower()).isEqualTo("ünal");
    }

    @Test
    void wordsSharingTheirFirstEightCharsOrTheirLengthStayApart() {
        // the word cache compares the first eight chars packed, then the rest
        assertThat(texts("internationally internationalist Internationally internationally"))
                .containsExactly("internationally", "internationalist", "Internationally", "internationally");
        assertThat(texts("abcdefghij abcdefghik abcdefgh abcdefgi abc abd"))
                .containsExactly("abcdefghij", "abcdefghik", "abcdefgh", "abcdefgi", "abc", "abd");
    }
}
