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

    @Test
    void flagsComeFromTheTextsLanguage() {
        List<Token> german = Tokenizer.tokenize("Die Regierung sagte", Lexicon.of("de"));
        List<Token> english = Tokenizer.tokenize("Die Regierung sagte");

        assertThat(german).extracting(Token::isStopWord).containsExactly(true, false, false);
        assertThat(german.get(2).isGeneric()).isTrue();
        assertThat(english.get(0).isStopWord()).isFalse();
        // the word cache is shared: English flags are unchanged after German text
        assertThat(Tokenizer.tokenize("the die", Lexicon.of("en"))).extracting(Token::isStopWord).containsExactly(true, false);
    }

    @Test
    void elisionsAreTokensOfTheirOwnInFrenchAndItalian() {
        assertThat(Tokenizer.tokenize("l’État qu'il aujourd'hui", Lexicon.of("fr"))).extracting(Token::text)
                .containsExactly("l'", "État", "qu'", "il", "aujourd'hui");
        List<Token> italian = Tokenizer.tokenize("dell'Unione c'è", Lexicon.of("it"));
        assertThat(italian).extracting(Token::text).containsExactly("dell'", "Unione", "c'", "è");
        assertThat(italian.get(0).isStopWord()).isTrue();
        assertThat(italian.get(1).isCapitalized()).isTrue();
        assertThat(texts("l'État")).containsExactly("l'État");
    }
}
