package dev.newsflow.enrichment.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentences the article already said. Exact repeats (same words, any case or punctuation) of
 * {@value #MIN_EXACT_WORDS}+ words; near repeats of {@value #MIN_NEAR_WORDS}+ words whose word
 * sets overlap by {@value #NEAR_JACCARD} or more (a word or two changed). Shorter sentences
 * ("Yes.", "He declined.") may legitimately recur in a story and are left alone.
 */
final class Repeats {

    static final int MIN_EXACT_WORDS = 3;
    static final int MIN_NEAR_WORDS = 6;
    /**
     * A word indexing more earlier sentences than this is too common to narrow the search: no more
     * sentences are added under it, which bounds the comparisons per sentence on degenerate text.
     */
    static final int MAX_PER_WORD = 32;
    /** Near repeats: Jaccard similarity of word sets of at least 4/5 (integer arithmetic below). */
    static final double NEAR_JACCARD = 0.8;
    private final Set<String> seen = new HashSet<>();
    private final List<long[]> wordSets = new ArrayList<>();
    /** Earlier sentences by the words of their prefix (prefix filtering, as in set-similarity joins). */
    private final WordPostings byPrefixWord = new WordPostings();

    /** True when the piece repeats an earlier one; otherwise remembers it. */
    boolean isRepeat(Piece piece) {
        if (piece.words < MIN_EXACT_WORDS) {
            return false;
        }
        if (!seen.add(piece.key)) {
            return true;
        }
        if (piece.words < MIN_NEAR_WORDS) {
            return false;
        }
        long[] words = wordSet(piece.wordHashes());
        int prefix = prefixLength(words.length);
        for (int p = 0; p < prefix; p++) {
            int[] candidates = byPrefixWord.get(words[p]);
            if (candidates != null) {
                for (int k = 1; k <= candidates[0]; k++) {
                    if (similar(words, wordSets.get(candidates[k]))) {
                        return true;
                    }
                }
            }
        }
        int index = wordSets.size();
        wordSets.add(words);
        for (int p = 0; p < prefix; p++) {
            byPrefixWord.add(words[p], index, MAX_PER_WORD);
        }
        return false;
    }

    /**
     * Two sets with Jaccard similarity of at least t share a word among the first
     * {@code |set| - ceil(t * |set|) + 1} words of each (in one global order, here hash order), so
     * only sentences sharing such a word need comparing: no pairwise scan over the whole article.
     */
    static int prefixLength(int size) {
        return Math.min(size, size - (4 * size + 4) / 5 + 1);
    }

    static boolean similar(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false; // two wordless pieces have nothing in common, though 0 >= 4/5 of 0
        }
        int small = Math.min(a.length, b.length);
        int large = Math.max(a.length, b.length);
        if (5 * small < 4 * large) {
            return false;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 5 * common >= 4 * (a.length + b.length - common);
    }

    /**
     * Distinct word hashes in ascending order, function words last: prefix filtering then indexes
     * sentences by content words, which few sentences share.
     */
    static long[] wordSet(int[] wordHashes) {
        long[] sorted = new long[wordHashes.length];
        for (int i = 0; i < wordHashes.length; i++) {
            long h = wordHashes[i] & 0xFFFF_FFFFL;
            sorted[i] = isStopWord(wordHashes[i]) ? h | (1L << 40) : h;
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** Word-set similarity of two keys, for the near-title check. */
    static boolean similarPieces(Piece a, Piece b) {
        return similar(wordSet(a.wordHashes()), wordSet(b.wordHashes()));
    }

    private static boolean isStopWord(int hash) {
        return (STOP_FILTER[(hash >>> 6) & 3] & (1L << (hash & 63))) != 0 && Arrays.binarySearch(STOP_WORDS, hash) >= 0;
    }

    /** {@code String.hashCode} of common function words, sorted for binary search. */
    private static final int[] STOP_WORDS = java.util.stream.Stream.of("the", "a", "an", "of", "to", "in", "and", "on", "for",
            "that", "with", "at", "by", "is", "was", "said", "he", "she", "it", "as", "from", "be", "has", "have",
            "will", "would", "were", "are", "his", "her", "its", "their", "this", "not", "but", "or", "they", "we",
            "i", "you", "had", "been", "after", "about", "more", "also", "who", "which")
            .mapToInt(String::hashCode).sorted().toArray();

    /** A 256-bit filter over the stop words' hashes: most words are rejected without a search. */
    private static final long[] STOP_FILTER = new long[4];

    static {
        for (int hash : STOP_WORDS) {
            STOP_FILTER[(hash >>> 6) & 3] |= 1L << (hash & 63);
        }
    }
}
