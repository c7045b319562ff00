package dev.newsflow.enrichment.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How much of one text's words another holds: tells a heading that repeats the title. */
final class TitleMatch {

    private TitleMatch() {
    }

    /**
     * The share of {@code b}'s text (in characters of its words) made of words that {@code a} also
     * has: 1 when every word of b is in a, 0 when none is or either is empty.
     */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> inA = new HashSet<>(wordsA);
        int all = wordsB.size() - 1;
        int unique = -1;
        for (String w : wordsB) {
            all += w.length();
            if (!inA.contains(w)) {
                unique += w.length() + 1;
            }
        }
        return unique < 0 ? 1 : 1 - (double) unique / all;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '_');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
