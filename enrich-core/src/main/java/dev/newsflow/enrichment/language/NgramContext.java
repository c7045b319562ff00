package dev.newsflow.enrichment.language;

import dev.newsflow.enrichment.text.Words;

/**
 * The features OpenNLP's language model was trained on: the distinct character 1- to 3-grams of
 * the text after its normalizers (emoji, URLs, e-mail addresses, hashtags and mentions, digits
 * dropped; long character repeats shrunk; whitespace runs collapsed; lower case), scored in one
 * pass without creating a string per n-gram.
 */
final class NgramContext {

    private NgramContext() {
    }

    /** The model's score for each language: the sum of the weights of the text's distinct n-grams. */
    static double[] scores(CharSequence text, GramModel model) {
        String s = normalize(text);
        int n = s.length();
        int capacity = Integer.highestOneBit(Math.max(16, n * 3 * 2) - 1) << 1;
        long[] seen = new long[capacity];
        double[] scores = new double[model.languageCount()];
        float[] denseScores = new float[model.languageCount()];
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= n; i++) {
                if (insert(seen, GramModel.pack(s, i, length))) {
                    model.addFeature(s, i, length, scores, denseScores);
                }
            }
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] += denseScores[i];
        }
        return scores;
    }

    /** Adds to an open-addressing set of non-zero longs; false when already present. */
    private static boolean insert(long[] table, long code) {
        int mask = table.length - 1;
        int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (table[slot] != 0) {
            if (table[slot] == code) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = code;
        return true;
    }

    static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean tokenStart = !Character.isWhitespace(c) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (tokenStart && (c == '#' || c == '@' || c == 'h' || c == 'w' || hasAt(text, i))) {
                int tokenEnd = tokenEnd(text, i);
                if (isDroppedToken(text, i, tokenEnd)) {
                    appendSpace(out);
                    i = tokenEnd;
                    continue;
                }
            }
            if (Character.isSurrogate(c) || Character.isDigit(c) || Character.isWhitespace(c)) {
                appendSpace(out);
            } else {
                char lower = Words.lower(c);
                int len = out.length();
                boolean thirdRepeat = len >= 2 && out.charAt(len - 1) == lower && out.charAt(len - 2) == lower;
                if (!thirdRepeat) {
                    out.append(lower);
                }
            }
            i++;
        }
        return out.toString();
    }

    private static boolean hasAt(CharSequence text, int from) {
        for (int i = from; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '@') {
                return true;
            }
        }
        return false;
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static int tokenEnd(CharSequence text, int from) {
        int e = from;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** URLs, e-mail addresses, hashtags and mentions say nothing about the language. */
    private static boolean isDroppedToken(CharSequence text, int from, int to) {
        char first = text.charAt(from);
        if (first == '#' || first == '@') {
            return true;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' && i > from) {
                return true;
            }
            if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if (i == from && c == 'w' && to - from > 4 && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w'
                    && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }
}
