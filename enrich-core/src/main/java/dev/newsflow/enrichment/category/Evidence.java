package dev.newsflow.enrichment.category;

import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which words of an article count as evidence of its topic, and how much. The title, the lead (the
 * first three sentences of running prose) and the rest of the body each get a fixed share of the
 * article's evidence, so a long tail of leftover site furniture can never outweigh the story's own
 * headline and opening. Inside each part a word counts by how rare it is ({@link Vocabulary#weight})
 * times how much its sentence reads like prose: a line of words without a single function word
 * ("Home News Markets Stocks Budget") is a menu, and counts for little.
 * <p>
 * A part earns its share by the prose it holds: menu lines count little inside a part and even less
 * towards its share, so a body made only of leftover menus cannot outweigh the headline and lead.
 * <p>
 * The weights handed to the sink sum to 1, so the article's evidence is a weighted mean over its known
 * words; the trainer builds its examples with this very code.
 */
final class Evidence {

    /** Looks up words; implemented by the shipped model and by the trainer's vocabulary. */
    interface Vocabulary {
        /** The row of a lower-case word in the language, or -1 when the word is unknown. */
        int row(String language, String lower);

        /** How much one occurrence of the row's word counts, in (0, 1]. */
        float weight(int row);
    }

    /** Receives each known word's row and its share of the article's evidence. */
    interface Sink {
        void add(int row, double weight);
    }

    static final int TITLE = 0;
    static final int LEAD = 1;
    static final int BODY = 2;
    /** The share of the evidence of each part, when the article has all three in full. */
    private static final double[] SHARES = {0.25, 0.35, 0.40};
    /**
     * The evidence mass (about the number of rare words) at which a part earns its full share: a
     * title with a single known word ("International") must not speak for a quarter of the article.
     */
    private static final double[] SATURATION = {3.0, 8.0, 15.0};
    private static final int LEAD_SENTENCES = 3;
    /** Words read at most: what an article is about is settled long before its 1,500th word. */
    static final int MAX_WORDS = 1500;

    private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords();

    private Evidence() {
    }

    /**
     * Hands every known word of the text to the sink with its weight and returns the raw evidence
     * mass before normalising (roughly the number of rare words found); 0 when no word is known.
     */
    static double collect(TokenizedText text, String language, Vocabulary vocabulary, Sink sink) {
        Parts parts = new Parts();
        Set<String> function = FUNCTION_WORDS.getOrDefault(language, Set.of());
        parts.add(TITLE, text.titleTokens(), 1.0, language, function, vocabulary);
        int lead = 0;
        for (List<Token> sentence : text.tokens()) {
            if (parts.words >= MAX_WORDS) {
                break;
            }
            double prose = prose(sentence, function);
            if (lead < LEAD_SENTENCES && prose >= 1.0) {
                parts.add(LEAD, sentence, 1.0, language, function, vocabulary);
                lead++;
            } else {
                parts.add(BODY, sentence, prose, language, function, vocabulary);
            }
        }
        return parts.emit(sink);
    }

    /**
     * How much a sentence reads like running prose: 1 for six words or more with a function word and
     * closing punctuation, less without the punctuation, little for a short or function-word-free line
     * (a menu, a link list, a button).
     */
    static double prose(List<Token> tokens, Set<String> function) {
        int words = 0;
        int functionWords = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
                if (function.contains(t.lower())) {
                    functionWords++;
                }
            }
        }
        if (functionWords == 0 || words < 3) {
            return 0.15;
        }
        if (words < 6) {
            return 0.4;
        }
        return endsLikeProse(tokens) ? 1.0 : 0.6;
    }

    private static boolean endsLikeProse(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.PUNCT) {
                return false;
            }
            String s = t.text();
            if (s.length() == 1 && ".!?:".indexOf(s.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The row of a lower-case word; an English plural falls back to its singular. */
    static int lookup(Vocabulary vocabulary, String language, String lower) {
        int row = vocabulary.row(language, lower);
        if (row < 0 && "en".equals(language) && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            row = vocabulary.row(language, lower.substring(0, lower.length() - 1));
        }
        return row;
    }

    /** Words found so far, by part. */
    private static final class Parts {
        private int[] rows = new int[128];
        private double[] weights = new double[128];
        private byte[] parts = new byte[128];
        private int size;
        private int words;
        private final double[] totals = new double[3];
        /**
         * Evidence that earns a part its share: each word counts its weight times its sentence's prose
         * factor once more, so a part made only of menu lines stays far from its full share.
         */
        private final double[] earned = new double[3];

        void add(int part, List<Token> tokens, double factor, String language, Set<String> function,
                 Vocabulary vocabulary) {
            boolean first = true;
            for (Token t : tokens) {
                if (!t.isWord()) {
                    continue;
                }
                words++;
                int row = lookup(vocabulary, language, t.lower());
                if (row < 0 && !first && t.isCapitalized() && !"en".equals(language) && !function.contains(t.lower())) {
                    // Names travel between languages: Twitter, Bundesliga, NATO, Libertadores.
                    row = vocabulary.row("en", t.lower());
                }
                first = false;
                if (row < 0) {
                    continue;
                }
                double w = factor * vocabulary.weight(row);
                if (size == rows.length) {
                    rows = Arrays.copyOf(rows, size * 2);
                    weights = Arrays.copyOf(weights, size * 2);
                    parts = Arrays.copyOf(parts, size * 2);
                }
                rows[size] = row;
                weights[size] = w;
                parts[size] = (byte) part;
                size++;
                totals[part] += w;
                earned[part] += w * factor;
            }
        }

        double emit(Sink sink) {
            double[] shares = new double[totals.length];
            double shareSum = 0;
            double mass = 0;
            for (int p = 0; p < totals.length; p++) {
                shares[p] = SHARES[p] * Math.min(1.0, earned[p] / SATURATION[p]);
                shareSum += shares[p];
                mass += totals[p];
            }
            if (shareSum == 0) {
                return 0;
            }
            double[] perUnit = new double[totals.length];
            for (int p = 0; p < totals.length; p++) {
                perUnit[p] = totals[p] > 0 ? shares[p] / shareSum / totals[p] : 0;
            }
            for (int i = 0; i < size; i++) {
                sink.add(rows[i], weights[i] * perUnit[parts[i]]);
            }
            return mass;
        }
    }

    private static Map<String, Set<String>> functionWords() {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        for (String line : WordLists.lines(Evidence.class, "function-words.txt")) {
            int colon = line.indexOf(':');
            byLanguage.put(line.substring(0, colon).strip(), Set.of(line.substring(colon + 1).strip().split("\\s+")));
        }
        return Map.copyOf(byLanguage);
    }
}
