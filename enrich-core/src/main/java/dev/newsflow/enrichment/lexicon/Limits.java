package dev.newsflow.enrichment.lexicon;

import dev.newsflow.enrichment.TextAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps on how much of an article the analysers read. What an article is about is settled long
 * before its 20,000th character, and the caps keep a 1 MB single line or ten thousand repeated
 * sentences to the same bounded cost as an ordinary story.
 */
public final class Limits {

    /** Characters of body text analysed, summed over sentences. */
    public static final int MAX_CHARS = 20_000;
    /** Sentences analysed. */
    public static final int MAX_SENTENCES = 300;
    /** Characters of the title analysed. */
    public static final int MAX_TITLE_CHARS = 400;

    private Limits() {
    }

    /**
     * The sentences to analyse, in order: at most {@link #MAX_SENTENCES}, together at most
     * {@link #MAX_CHARS} characters (the last one cut at a space). When the splitter found no
     * sentences but the body has text, the body's start stands in as one sentence.
     */
    public static List<String> sentences(TextAnalysis text) {
        List<String> source = text.sentences();
        if (source.isEmpty()) {
            String body = text.body();
            if (body == null || body.isBlank()) {
                return List.of();
            }
            return List.of(cut(body.strip(), MAX_CHARS));
        }
        List<String> out = new ArrayList<>(Math.min(source.size(), MAX_SENTENCES));
        int budget = MAX_CHARS;
        for (String sentence : source) {
            if (out.size() == MAX_SENTENCES || budget <= 0) {
                break;
            }
            if (sentence == null || sentence.isBlank()) {
                continue;
            }
            String s = cut(sentence, budget);
            out.add(s);
            budget -= s.length();
        }
        return out;
    }

    public static String title(TextAnalysis text) {
        String title = text.title();
        return title == null ? "" : cut(title.strip(), MAX_TITLE_CHARS);
    }

    /** {@code s} shortened to at most {@code max} chars, at the last white space when there is one. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                end = i;
                break;
            }
        }
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
