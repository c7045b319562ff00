package dev.newsflow.enrichment.html;

import java.util.HashMap;
import java.util.Map;

/**
 * What an element's class and id say about it, as bits: unlikely to be content ("sidebar",
 * "comment", "related"), maybe content after all ("article", "main"), a positive or negative
 * weight, a byline, a share widget. The words are those Mozilla Readability uses. One instance per
 * page: the answers are cached, because a page repeats the same few class names thousands of times.
 */
final class Hints {

    static final int UNLIKELY = 1;
    static final int MAYBE = 2;
    static final int POSITIVE = 4;
    static final int NEGATIVE = 8;
    static final int BYLINE = 16;
    static final int SHARE = 32;

    private static final String[] UNLIKELY_WORDS = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"};
    private static final String[] MAYBE_WORDS = {"and", "article", "body", "column", "content", "main", "mathjax",
        "shadow"};
    private static final String[] POSITIVE_WORDS = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story"};
    private static final String[] NEGATIVE_WORDS = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"};
    private static final String[] BYLINE_WORDS = {"byline", "author", "dateline", "writtenby", "p-author"};
    private static final int MAX_CACHED = 5_000;

    /** The words by their first character (ASCII), each with the bits it sets. */
    private static final String[][] WORDS = new String[128][];
    private static final int[][] BITS = new int[128][];
    /** Which pairs of first two characters start a word: most positions are ruled out by one look-up. */
    private static final boolean[] STARTS = new boolean[128 * 128];

    static {
        java.util.Map<String, Integer> all = new java.util.LinkedHashMap<>();
        all.put("hid", 0);
        all.put("share", 0);
        for (String w : UNLIKELY_WORDS) {
            all.merge(w, UNLIKELY, (a, b) -> a | b);
        }
        for (String w : MAYBE_WORDS) {
            all.merge(w, MAYBE, (a, b) -> a | b);
        }
        for (String w : POSITIVE_WORDS) {
            all.merge(w, POSITIVE, (a, b) -> a | b);
        }
        for (String w : NEGATIVE_WORDS) {
            all.merge(w, NEGATIVE, (a, b) -> a | b);
        }
        for (String w : BYLINE_WORDS) {
            all.merge(w, BYLINE, (a, b) -> a | b);
        }
        for (int c = 0; c < 128; c++) {
            final char first = (char) c;
            String[] words = all.keySet().stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            WORDS[c] = words;
            for (String w : words) {
                STARTS[w.charAt(0) * 128 + w.charAt(1)] = true;
            }
            BITS[c] = java.util.Arrays.stream(words).mapToInt(all::get).toArray();
        }
    }

    private final Map<String, Integer> cache = new HashMap<>();

    /** The bits of one class or id string: a scan for the words, ASCII case ignored. */
    int of(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        Integer cached = cache.get(names);
        if (cached != null) {
            return cached;
        }
        int n = names.length();
        char[] lower = new char[n];
        for (int i = 0; i < n; i++) {
            char c = names.charAt(i);
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        int bits = 0;
        for (int i = 0; i < n - 1; i++) {
            char c = lower[i];
            char next = lower[i + 1];
            if (c >= 128 || next >= 128 || !STARTS[c * 128 + next]) {
                continue;
            }
            String[] words = WORDS[c];
            for (int w = 0; w < words.length; w++) {
                if (at(lower, i, words[w])) {
                    bits |= BITS[c][w];
                }
            }
            if (c == 's' && at(lower, i, "share") && (i == 0 || edge(lower[i - 1]))
                    && (i + 5 == n || edge(lower[i + 5]) || at(lower, i, "sharedaddy") && (i + 10 == n || edge(lower[i + 10])))) {
                bits |= SHARE;
            }
            if (c == 'h' && (i == 0 || lower[i - 1] == ' ') && at(lower, i, "hid") && (i + 3 == n || lower[i + 3] == ' ')) {
                bits |= NEGATIVE;
            }
        }
        if (cache.size() < MAX_CACHED) {
            cache.put(names, bits);
        }
        return bits;
    }

    private static boolean at(char[] s, int i, String word) {
        if (i + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A word boundary or an underscore next to "share" ("share-bar", "post_share"; not "shares"). */
    private static boolean edge(char c) {
        return c == '_' || !(c < 128 && Character.isLetterOrDigit(c));
    }

    /** Readability's class weight of one class or id string: +25 for content words, -25 for furniture words. */
    static int weight(int bits) {
        return ((bits & POSITIVE) != 0 ? 25 : 0) - ((bits & NEGATIVE) != 0 ? 25 : 0);
    }
}
