package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One top-level topic for an article, from the lexicon in {@code lexicon.txt}: every term found adds
 * its weight to its topics, terms in the title count double and in the first three sentences one and
 * a half times. Capitalised terms there are names that act as entity cues (NATO, FIFA, WHO, NASA)
 * and only match capitalised text, so the pronoun "who" is no health story. The best topic wins
 * (the earlier in {@link Category} on a tie) when its evidence reaches {@link #MIN_EVIDENCE};
 * otherwise the article is {@link Category#UNCATEGORIZED}.
 * <p>
 * The score is the winner's share of all topic evidence times {@code 1 - e^(-d/4)}, where d is the
 * winner's evidence per hundred content words: a long article that mentions its topic once is less
 * sure than a short one that is all about it.
 * <p>
 * Thread-safe: the lexicon is immutable and shared; all other state is per call.
 */
public final class Categorizer {

    static final double MIN_EVIDENCE = 3.0;
    private static final Category[] CATEGORIES = Category.values();
    private static final Lexicon LEXICON = new Lexicon();

    public Categorizer() {
    }

    public CategoryScore categorize(TextAnalysis text) {
        TokenizedText tokenized = TokenizedText.of(text);
        double[] evidence = new double[CATEGORIES.length];
        int content = LEXICON.scan(tokenized.titleTokens(), 2.0, evidence);
        List<List<Token>> sentences = tokenized.tokens();
        for (int i = 0; i < sentences.size(); i++) {
            content += LEXICON.scan(sentences.get(i), i < 3 ? 1.5 : 1.0, evidence);
        }
        int best = -1;
        double total = 0;
        for (int c = 0; c < evidence.length; c++) {
            total += evidence[c];
            if (best < 0 || evidence[c] > evidence[best]) {
                best = c;
            }
        }
        if (evidence[best] < MIN_EVIDENCE) {
            return new CategoryScore(Category.UNCATEGORIZED, 0.0);
        }
        double share = evidence[best] / total;
        double density = 100.0 * evidence[best] / Math.max(content, 50);
        double score = share * (1.0 - Math.exp(-density / 4.0));
        return new CategoryScore(CATEGORIES[best], Math.round(score * 1000.0) / 1000.0);
    }

    /** The term weights per topic, loaded once. */
    private static final class Lexicon {

        private final Map<String, double[]> words = new HashMap<>();
        private final Map<String, double[]> names = new HashMap<>();
        private final Map<String, double[]> pairs = new HashMap<>();
        private final Set<String> pairStarts = new HashSet<>();
        /*
         * Derived once from the maps above so that a scan builds no strings: the same lookups,
         * keyed so the token's own (cached-hash) strings serve as keys.
         */
        /** {@code words} by each plural form whose {@link #singular} is the word. */
        private final Map<String, double[]> wordsByPlural = new HashMap<>();
        /** {@code pairs} by first word, then the rest. */
        private final Map<String, Map<String, double[]>> pairsByFirst = new HashMap<>();
        /** {@code pairs} by first word, then each plural form of the rest. */
        private final Map<String, Map<String, double[]>> pairsByFirstPlural = new HashMap<>();
        /** The all-capitals ASCII {@code names} by their lower case ("nato" for NATO). */
        private final Map<String, double[]> upperNamesByLower = new HashMap<>();
        /**
         * All of the above that are keyed by a lower-case word, in one map: a scan then makes one
         * lookup per content word where it made three or four (most words are in none of them).
         */
        private final Map<String, ByWord> byLower = new HashMap<>();

        /** What the lexicon holds for one lower-case word; null fields where it holds nothing. */
        private static final class ByWord {
            /** {@code words}, else {@code wordsByPlural}. */
            double[] word;
            /** {@code pairsByFirst} and {@code pairsByFirstPlural} of this first word. */
            Map<String, double[]> rests;
            Map<String, double[]> restsPlural;
            /** {@code upperNamesByLower}. */
            double[] upperName;
        }

        Lexicon() {
            for (String line : WordLists.lines(Categorizer.class, "lexicon.txt")) {
                int colon = line.indexOf(':');
                Category category = Category.valueOf(line.substring(0, colon).strip());
                for (String item : line.substring(colon + 1).split(",")) {
                    add(category, item.strip());
                }
            }
            for (Map.Entry<String, double[]> e : words.entrySet()) {
                putPlurals(wordsByPlural, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, double[]> e : pairs.entrySet()) {
                String key = e.getKey();
                int space = key.indexOf(' ');
                String first = key.substring(0, space);
                String rest = key.substring(space + 1);
                pairsByFirst.computeIfAbsent(first, k -> new HashMap<>()).put(rest, e.getValue());
                putPlurals(pairsByFirstPlural.computeIfAbsent(first, k -> new HashMap<>()), rest, e.getValue());
            }
            for (Map.Entry<String, double[]> e : names.entrySet()) {
                String name = e.getKey();
                if (isAscii(name) && name.equals(name.toUpperCase(Locale.ROOT))) {
                    upperNamesByLower.put(name.toLowerCase(Locale.ROOT), e.getValue());
                }
            }
            wordsByPlural.forEach((w, weights) -> {
                if (!words.containsKey(w)) {
                    byWord(w).word = weights;
                }
            });
            words.forEach((w, weights) -> byWord(w).word = weights);
            pairsByFirst.forEach((w, rests) -> {
                byWord(w).rests = rests;
                byWord(w).restsPlural = pairsByFirstPlural.get(w);
            });
            upperNamesByLower.forEach((w, weights) -> byWord(w).upperName = weights);
        }

        private ByWord byWord(String lower) {
            return byLower.computeIfAbsent(lower, k -> new ByWord());
        }

        /** Maps each string whose {@link #singular} is {@code word} (other than the word itself) to its weights. */
        private static void putPlurals(Map<String, double[]> target, String word, double[] weights) {
            List<String> forms = new ArrayList<>(2);
            forms.add(word + "s");
            if (word.endsWith("y")) {
                forms.add(word.substring(0, word.length() - 1) + "ies");
            }
            for (String form : forms) {
                if (!form.equals(word) && singular(form).equals(word)) {
                    target.put(form, weights);
                }
            }
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    return false;
                }
            }
            return true;
        }

        private void add(Category category, String item) {
            if (item.isEmpty()) {
                return;
            }
            double weight = 1.0;
            int colon = item.lastIndexOf(':');
            if (colon > 0) {
                weight = Double.parseDouble(item.substring(colon + 1));
                item = item.substring(0, colon);
            }
            Map<String, double[]> target;
            String key;
            int space = item.indexOf(' ');
            if (space > 0) {
                key = item.toLowerCase(Locale.ROOT);
                pairStarts.add(key.substring(0, space));
                target = pairs;
            } else if (!item.equals(item.toLowerCase(Locale.ROOT))) {
                key = item;
                target = names;
            } else {
                key = item;
                target = words;
            }
            target.computeIfAbsent(key, k -> new double[CATEGORIES.length])[category.ordinal()] += weight;
        }

        /** Adds the tokens' evidence times {@code factor}; returns how many content words they hold. */
        int scan(List<Token> tokens, double factor, double[] evidence) {
            int content = 0;
            int n = tokens.size();
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                String w = t.lower();
                if (t.isStopWord()) {
                    continue;
                }
                content++;
                ByWord known = byLower.get(w);
                if (t.isCapitalized()) {
                    String text = t.text();
                    double[] name = names.get(text);
                    if (name == null && text.length() > 3) {
                        name = isAscii(text) ? (known == null ? null : known.upperName) // "Nato" for NATO
                                : names.get(text.toUpperCase(Locale.ROOT));
                    }
                    add(name, factor, evidence);
                }
                if (known == null) {
                    continue;
                }
                add(known.word, factor, evidence);
                if (i + 1 < n && tokens.get(i + 1).isWord() && known.rests != null) {
                    String second = tokens.get(i + 1).lower();
                    double[] pair = known.rests.get(second);
                    if (pair == null) {
                        pair = known.restsPlural.get(second);
                    }
                    add(pair, factor, evidence);
                }
            }
            return content;
        }

        private static void add(double[] weights, double factor, double[] evidence) {
            if (weights != null) {
                for (int c = 0; c < weights.length; c++) {
                    evidence[c] += weights[c] * factor;
                }
            }
        }

        private static String singular(String w) {
            int n = w.length();
            if (n > 4 && w.endsWith("ies")) {
                return w.substring(0, n - 3) + "y";
            }
            if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                return w.substring(0, n - 1);
            }
            return w;
        }
    }
}
