package dev.newsflow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text as the scorer sees it: its words (runs of letters and digits, case kept) and every run of
 * {@value #SIZE} consecutive words, counted with multiplicity. Two texts are compared by the
 * shingles they share, so word order matters locally and a stray word costs only its neighbours.
 */
final class Shingles {

    static final int SIZE = 4;

    private final Map<String, Integer> counts;
    private final int total;

    private Shingles(Map<String, Integer> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    static Shingles of(String text) {
        List<String> words = words(text);
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i + SIZE <= words.size(); i++) {
            key.setLength(0);
            for (int j = i; j < i + SIZE; j++) {
                if (j > i) {
                    key.append(' ');
                }
                key.append(words.get(j));
            }
            counts.merge(key.toString(), 1, Integer::sum);
            total++;
        }
        return new Shingles(counts, total);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    int total() {
        return total;
    }

    /** Shingles the two texts share, each counted as often as it occurs in both. */
    int shared(Shingles other) {
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer there = large.get(e.getKey());
            if (there != null) {
                shared += Math.min(there, e.getValue());
            }
        }
        return shared;
    }

    /** Shingles of this text that are not in {@code other} (multiset difference). */
    Shingles minus(Shingles other) {
        Map<String, Integer> left = new HashMap<>();
        int total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue() - other.counts.getOrDefault(e.getKey(), 0);
            if (n > 0) {
                left.put(e.getKey(), n);
                total += n;
            }
        }
        return new Shingles(left, total);
    }
}
