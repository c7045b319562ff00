package dev.newsflow.enrichment.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole-word phrases in a sentence key (lower-case words joined by single spaces) by
 * looking up each word's hash among the phrases' first words: one probe per word, however many
 * phrases, where {@code key.contains} per phrase would scan the key once for every phrase.
 */
final class PhraseIndex {

    private final int mask;
    private final int[] firstWordHashes;
    private final String[][] buckets;

    PhraseIndex(Collection<String> phrases) {
        Map<Integer, List<String>> byFirstWord = new HashMap<>();
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            String first = space < 0 ? phrase : phrase.substring(0, space);
            byFirstWord.computeIfAbsent(first.hashCode(), h -> new ArrayList<>()).add(phrase);
        }
        int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4) - 1) << 1;
        mask = size - 1;
        firstWordHashes = new int[size];
        buckets = new String[size][];
        for (Map.Entry<Integer, List<String>> e : byFirstWord.entrySet()) {
            int slot = slotOf(e.getKey());
            while (buckets[slot] != null) {
                slot = (slot + 1) & mask;
            }
            firstWordHashes[slot] = e.getKey();
            buckets[slot] = e.getValue().toArray(String[]::new);
        }
    }

    /** Word index at which some phrase occurs in the piece's key, or -1. */
    int find(Piece piece) {
        if (piece.words == 0) {
            return -1;
        }
        int[] starts = piece.wordStarts();
        int[] hashes = piece.wordHashes();
        for (int word = 0; word < hashes.length; word++) {
            if (matchAt(piece.key, starts[word], hashes[word]) != null) {
                return word;
            }
        }
        return -1;
    }

    /** The phrase the key starts with (longest first), or null. */
    String prefixOf(Piece piece) {
        return piece.words == 0 ? null : matchAt(piece.key, 0, piece.wordHashes()[0]);
    }

    boolean containsExactly(Piece piece) {
        String phrase = prefixOf(piece);
        return phrase != null && phrase.length() == piece.key.length();
    }

    /** Spreads {@code String.hashCode}, whose low bits cluster for short words. */
    private int slotOf(int hash) {
        return (hash * 0x9E3779B9 >>> 16) & mask;
    }

    private String matchAt(String key, int start, int h) {
        int slot = slotOf(h);
        while (buckets[slot] != null) {
            if (firstWordHashes[slot] == h) {
                String best = null;
                for (String phrase : buckets[slot]) {
                    if (key.startsWith(phrase, start)
                            && (start + phrase.length() == key.length() || key.charAt(start + phrase.length()) == ' ')
                            && (best == null || phrase.length() > best.length())) {
                        best = phrase;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }
}
