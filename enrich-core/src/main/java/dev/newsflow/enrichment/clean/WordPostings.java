package dev.newsflow.enrichment.clean;

import java.util.Arrays;

/**
 * Word (a {@link Repeats#wordSet} entry) to the indexes of the sentences filed under it, for one
 * article: open addressing over primitive arrays, where a {@code HashMap<Long, List<Integer>>}
 * boxed every word and every index of every sentence.
 */
final class WordPostings {

    /** Word + 1 per slot (word sets hold no negative values, so 0 marks an empty slot). */
    private long[] keys = new long[64];
    /** Per slot: the number of indexes, then the indexes. */
    private int[][] postings = new int[64][];
    private int size;

    /** The postings of a word, {@code [count, index...]} (the array may be longer), or null. */
    int[] get(long word) {
        int slot = find(word);
        return keys[slot] == 0 ? null : postings[slot];
    }

    /** Files {@code index} under the word unless it already holds {@code max} indexes. */
    void add(long word, int index, int max) {
        int slot = find(word);
        if (keys[slot] == 0) {
            keys[slot] = word + 1;
            postings[slot] = new int[] {0, 0, 0};
            if (++size * 2 > keys.length) {
                grow();
                slot = find(word);
            }
        }
        int[] list = postings[slot];
        if (list[0] >= max) {
            return;
        }
        if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, Math.min(max + 1, 2 * list.length - 1));
            postings[slot] = list;
        }
        list[++list[0]] = index;
    }

    private int find(long word) {
        int mask = keys.length - 1;
        int slot = (int) ((word * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != word + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldPostings = postings;
        keys = new long[oldKeys.length * 2];
        postings = new int[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i] - 1);
                keys[slot] = oldKeys[i];
                postings[slot] = oldPostings[i];
            }
        }
    }
}
