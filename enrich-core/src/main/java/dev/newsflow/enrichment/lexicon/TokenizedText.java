package dev.newsflow.enrichment.lexicon;

import dev.newsflow.enrichment.TextAnalysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article's analysed sentences and title, tokenised once. Tokenising is the largest single cost
 * of the analysers, and the enrichment pipeline hands the same {@link TextAnalysis} to all five in a
 * row on one thread, so the last result is kept per thread and reused when the very same instance
 * comes back. One entry per thread keeps memory bounded however long the stream runs.
 *
 * @param source     the analysis these tokens are of
 * @param title      the title, capped ({@link Limits#title})
 * @param titleTokens tokens of {@code title}
 * @param sentences  the sentences analysed ({@link Limits#sentences})
 * @param tokens     tokens of each of {@code sentences}, same order
 * @param headline   per sentence, whether it is in headline case ({@link #isHeadlineCase})
 * @param lexicon    the word lists of the text's language, which set the tokens' flags ({@link #lexiconFor})
 */
public record TokenizedText(TextAnalysis source, String title, List<Token> titleTokens,
                            List<String> sentences, List<List<Token>> tokens, List<Boolean> headline,
                            Lexicon lexicon) {

    private static final ThreadLocal<TokenizedText> LAST = new ThreadLocal<>();

    public static TokenizedText of(TextAnalysis text) {
        TokenizedText last = LAST.get();
        if (last != null && last.source == text) {
            return last;
        }
        String title = Limits.title(text);
        List<String> sentences = Limits.sentences(text);
        Lexicon lexicon = lexiconFor(text.language());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<Boolean> headline = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            List<Token> t = Tokenizer.tokenize(s, lexicon);
            tokens.add(Collections.unmodifiableList(t));
            headline.add(isHeadlineCase(t));
        }
        TokenizedText result = new TokenizedText(text, title,
                Collections.unmodifiableList(Tokenizer.tokenize(title, lexicon)), sentences, List.copyOf(tokens),
                List.copyOf(headline), lexicon);
        LAST.set(result);
        return result;
    }

    /**
     * The lists that flag a text's tokens: its language's own; English for text whose language is
     * undetermined (too short to tell, and most of the stream is English); none for a language
     * without lists, so that no English word list is applied to it.
     */
    public static Lexicon lexiconFor(String language) {
        if (language == null || language.isEmpty() || language.equals("und")) {
            return Lexicon.of("en");
        }
        return Lexicon.of(language);
    }

    /**
     * Headlines and shouted lines capitalise ordinary words, so capitals cannot find names there;
     * the analysers treat such a line as a headline, not as prose.
     */
    public static boolean isHeadlineCase(List<Token> tokens) {
        return isHeadlineCase(tokens, false);
    }

    /**
     * As {@link #isHeadlineCase(List)}; a {@code title} needs no capitalised ordinary words as proof,
     * since a title whose every word has a capital is a headline whatever its words are.
     */
    public static boolean isHeadlineCase(List<Token> tokens, boolean title) {
        int content = 0;
        int capitalised = 0;
        int capitalisedCommon = 0;
        int allCaps = 0;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (t.isAllCaps()) {
                allCaps++;
            }
            if (t.isStopWord()) {
                continue;
            }
            content++;
            if (t.isCapitalized()) {
                capitalised++;
                if (i > 0 && t.isCommon()) {
                    capitalisedCommon++;
                }
            }
        }
        if (words >= 4 && allCaps * 5 >= words * 4) {
            return true;
        }
        if (title) {
            return content >= 3 && capitalised * 5 >= content * 4;
        }
        return content >= 4 && capitalised * 5 >= content * 4 && capitalisedCommon >= 2;
    }
}
