package dev.newsflow.enrichment.clean;

import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.text.Words;

/** One sentence of the text, where it sits (paragraph, line) and, once judged, why it goes. */
final class Piece {

    final String text;
    final int paragraph;
    final int line;
    final String key;
    final int words;
    boolean firstInLine;
    RemovalReason removedFor;
    /** For the head of a sentence split to be judged apart: the sentence whole and the rest of it. */
    Piece whole;
    Piece rest;
    /** Start offset in {@link #key} and {@code String.hashCode} of each word; computed on first use. */
    private int[] wordStarts;
    private int[] wordHashes;

    Piece(String text, int paragraph, int line, boolean firstInLine) {
        this.text = text;
        this.paragraph = paragraph;
        this.line = line;
        this.firstInLine = firstInLine;
        this.key = Words.key(text);
        this.words = Words.countInKey(key);
    }

    boolean kept() {
        return removedFor == null;
    }

    /** The text after its first {@code n} words, as a piece in the same place (null if nothing is left). */
    Piece after(int n) {
        int cut = Words.endOfWord(text, n);
        int start = cut;
        while (start < text.length() && !Words.isWordChar(text.charAt(start)) && !isOpening(text.charAt(start))) {
            start++;
        }
        return start >= text.length() ? null : new Piece(text.substring(start), paragraph, line, false);
    }

    /** The first {@code n} words of the text, with what punctuation follows them. */
    Piece before(int n, RemovalReason reason) {
        int cut = Words.endOfWord(text, n);
        while (cut < text.length() && !Character.isWhitespace(text.charAt(cut)) && !Words.isWordChar(text.charAt(cut))) {
            cut++;
        }
        Piece head = new Piece(text.substring(0, cut).strip(), paragraph, line, firstInLine);
        head.removedFor = reason;
        return head;
    }

    int[] wordStarts() {
        if (wordStarts == null) {
            indexWords();
        }
        return wordStarts;
    }

    int[] wordHashes() {
        if (wordHashes == null) {
            indexWords();
        }
        return wordHashes;
    }

    private void indexWords() {
        if (words == 0) {
            wordStarts = new int[0];
            wordHashes = new int[0];
            return;
        }
        int[] starts = new int[words];
        int[] hashes = new int[words];
        if (words == 0) {
            // the scan below closes a word at the end of the key, which an empty key does not have
            wordStarts = starts;
            wordHashes = hashes;
            return;
        }
        int word = 0;
        int h = 0;
        int start = 0;
        char[] chars = key.toCharArray(); // no per-char bounds and coding checks, as in Words.key
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            if (c == ' ') {
                starts[word] = start;
                hashes[word++] = h;
                h = 0;
                start = i + 1;
            } else {
                h = 31 * h + c;
            }
        }
        wordStarts = starts;
        wordHashes = hashes;
    }

    boolean hasQuotes() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '(' || c == '«' || c == '\'';
    }

    @Override
    public String toString() {
        return (removedFor == null ? "+ " : "- " + removedFor + " ") + text;
    }
}
