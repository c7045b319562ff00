package dev.newsflow.enrichment.summary;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Limits;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An extractive summary: one to three sentences of the cleaned text, in their original order
 * (one for articles of up to two sentences, two up to five, three beyond). Sentences score by the
 * article-wide frequency of their content words (ordinary vocabulary weighing less), their overlap
 * with the title, and their position (news puts the gist first); very short or very long sentences,
 * questions and headline-case lines score lower, and a sentence that mostly repeats an already
 * chosen one or the title is skipped. Null only when the article has no sentences.
 * <p>
 * Thread-safe: all state is per call.
 */
public final class Summarizer {

    /** Longest sentence quoted whole; a longer one (a scraped page in one line) is cut at a space. */
    static final int MAX_SENTENCE_CHARS = 400;
    /** The summary stops growing past this many characters. */
    static final int MAX_SUMMARY_CHARS = 600;
    /** Sentences considered: a summary never comes from deep in a long article. */
    private static final int MAX_CANDIDATES = 60;

    public Summarizer() {
    }

    public String summarize(TextAnalysis text) {
        TokenizedText tokenized = TokenizedText.of(text);
        List<String> sentences = tokenized.sentences();
        int n = Math.min(sentences.size(), MAX_CANDIDATES);
        if (n == 0) {
            return null;
        }
        List<Set<String>> words = new ArrayList<>(n);
        Map<String, Integer> frequency = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> content = contentWords(tokenized.tokens().get(i));
            words.add(content);
            for (String w : content) {
                frequency.merge(w, 1, Integer::sum);
            }
        }
        Set<String> title = contentWords(tokenized.titleTokens());
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = score(i, tokenized.tokens().get(i), words.get(i), frequency, title);
        }
        int wanted = n <= 2 ? 1 : n <= 5 ? 2 : 3;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(wanted);
        int chars = 0;
        for (Integer i : order) {
            if (chosen.size() == wanted || (!chosen.isEmpty() && chars >= MAX_SUMMARY_CHARS)) {
                break;
            }
            if (!chosen.isEmpty() && (overlap(words.get(i), title) >= 0.8 || repeats(i, chosen, words))) {
                continue;
            }
            chosen.add(i);
            chars += Math.min(sentences.get(i).length(), MAX_SENTENCE_CHARS);
        }
        chosen.sort(null);
        StringBuilder summary = new StringBuilder();
        for (int i : chosen) {
            if (summary.length() > 0) {
                summary.append(' ');
            }
            String s = sentences.get(i);
            summary.append(s.length() > MAX_SENTENCE_CHARS ? Limits.cut(s, MAX_SENTENCE_CHARS) + "…" : s);
        }
        return summary.toString();
    }

    private static double score(int index, List<Token> tokens, Set<String> words, Map<String, Integer> frequency,
                                Set<String> title) {
        int wordCount = 0;
        int capitalised = 0;
        boolean question = false;
        for (Token t : tokens) {
            if (t.isWord()) {
                wordCount++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            } else if (t.isPunct('?')) {
                question = true;
            }
        }
        if (wordCount == 0) {
            return 0;
        }
        double sum = 0;
        for (String w : words) {
            sum += (WordLists.isCommon(w) ? 0.5 : 1.0) * frequency.get(w);
        }
        double s = sum / Math.sqrt(Math.max(wordCount, 8));
        s *= 1.0 + overlap(words, title);
        s *= 1.0 + 1.0 / (index + 1);
        if (wordCount < 6) {
            s *= 0.3;
        } else if (wordCount > 60) {
            s *= 0.6;
        }
        if (question) {
            s *= 0.5;
        }
        if (wordCount >= 4 && capitalised * 5 >= wordCount * 4) {
            s *= 0.3; // a headline run into the body
        }
        return s;
    }

    private static Set<String> contentWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 1 && !t.isStopWord() && !t.isGeneric()) {
                out.add(t.lower());
            }
        }
        return out;
    }

    /** Share of {@code a}'s words that are also in {@code b}. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / a.size();
    }

    private static boolean repeats(int i, List<Integer> chosen, List<Set<String>> words) {
        for (int c : chosen) {
            if (overlap(words.get(i), words.get(c)) >= 0.6) {
                return true;
            }
        }
        return false;
    }
}
