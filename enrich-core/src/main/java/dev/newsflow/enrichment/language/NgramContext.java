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
        char[] s = normalize(text).toCharArray(); // char array: no per-char bounds and coding checks below
        int n = s.length;
        int capacity = Integer.highestOneBit(Math.max(16, n * 3 * 2) - 1) << 1;
        long[] seen = new long[capacity];
        double[] scores = new double[model.languageCount()];
        float[] denseScores = new float[model.languageCount()];
        // Three passes over the distinct n-grams, in the same order (so the sums are the same):
        // the model lookups are random reads into a large table, and done apart from the adds they
        // do not wait for one another, so their cache misses overlap instead of queueing.
        long[] grams = new long[3 * n];
        int count = 0;
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= n; i++) {
                long gram = GramModel.pack(s, i, length);
                if (insert(seen, gram)) {
                    grams[count++] = gram;
                }
            }
        }
        for (int k = 0; k < count; k++) {
            grams[k] = model.locate(grams[k]);
        }
        for (int k = 0; k < count; k++) {
            model.add(grams[k], scores, denseScores);
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

    static String normalize(CharSequence input) {
        // char arrays in and out rather than charAt and a StringBuilder: this loop runs per char
        char[] text = input.toString().toCharArray();
        int n = text.length;
        char[] out = new char[n]; // every char yields at most one
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            boolean tokenStart = !Words.isWhitespace(c) && (i == 0 || Words.isWhitespace(text[i - 1]));
            if (tokenStart && (c == '#' || c == '@' || c == 'h' || c == 'w' || hasAt(text, i))) {
                int tokenEnd = tokenEnd(text, i);
                if (isDroppedToken(text, i, tokenEnd)) {
                    length = appendSpace(out, length);
                    i = tokenEnd;
                    continue;
                }
            }
            if (Character.isSurrogate(c) || Character.isDigit(c) || Words.isWhitespace(c)) {
                length = appendSpace(out, length);
            } else {
                char lower = Words.lower(c);
                boolean thirdRepeat = length >= 2 && out[length - 1] == lower && out[length - 2] == lower;
                if (!thirdRepeat) {
                    out[length++] = lower;
                }
            }
            i++;
        }
        return new String(out, 0, length);
    }

    private static boolean hasAt(char[] text, int from) {
        for (int i = from; i < text.length && !Words.isWhitespace(text[i]); i++) {
            if (text[i] == '@') {
                return true;
            }
        }
        return false;
    }

    /** Appends a space unless the output is empty or ends in one; returns the new length. */
    private static int appendSpace(char[] out, int length) {
        if (length > 0 && out[length - 1] != ' ') {
            out[length++] = ' ';
        }
        return length;
    }

    private static int tokenEnd(char[] text, int from) {
        int e = from;
        while (e < text.length && !Words.isWhitespace(text[e])) {
            e++;
        }
        return e;
    }

    /** URLs, e-mail addresses, hashtags and mentions say nothing about the language. */
    private static boolean isDroppedToken(char[] text, int from, int to) {
        char first = text[from];
        if (first == '#' || first == '@') {
            return true;
        }
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '@' && i > from) {
                return true;
            }
            if (c == ':' && i + 2 < to && text[i + 1] == '/' && text[i + 2] == '/') {
                return true;
            }
            if (i == from && c == 'w' && to - from > 4 && text[i + 1] == 'w' && text[i + 2] == 'w'
                    && text[i + 3] == '.') {
                return true;
            }
        }
        return false;
    }
}
