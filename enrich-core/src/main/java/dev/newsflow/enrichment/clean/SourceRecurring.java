package dev.newsflow.enrichment.clean;

import dev.newsflow.enrichment.boilerplate.SourceBoilerplateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentences a source repeats across its stories ("Follow ANN on Telegram for the latest
 * updates."). Only short, unquoted sentences are candidates, longer ones need twice the evidence.
 * Versions of one story (updates, copies of a wire item) are recognised by their shared lead and
 * count as one story, so the sentences they share never become furniture; and when less than a
 * third of an article (or fewer than two sentences) would be left, nothing is removed either.
 */
final class SourceRecurring {

    static final int MIN_WORDS = 2;
    static final int SHORT_WORDS = 12;
    static final int MAX_WORDS = 25;
    /** The first sentences of this many words or more are the article's lead, by which versions of one story are told. */
    static final int LEAD_WORDS = 8;
    static final int LEADS = 5;

    private final SourceBoilerplateStore store;
    private final int minArticles;

    SourceRecurring(SourceBoilerplateStore store, int minArticles) {
        this.store = store;
        this.minArticles = minArticles;
    }

    /** Marks the recurring pieces among the kept ones; returns how many it marked. */
    int mark(List<Piece> pieces, String source, String url, String articleId) {
        String key = sourceKey(source, url);
        if (key == null || articleId == null) {
            return 0;
        }
        List<Piece> candidates = new ArrayList<>();
        long[] leads = new long[LEADS];
        int leadCount = 0;
        int kept = 0;
        for (Piece piece : pieces) {
            if (piece.kept()) {
                kept++;
                if (leadCount < LEADS && piece.words >= LEAD_WORDS) {
                    leads[leadCount++] = hash(piece.key);
                }
                if (piece.words >= MIN_WORDS && piece.words <= MAX_WORDS && piece.key.length() >= 8 && !piece.hasQuotes()) {
                    candidates.add(piece);
                }
            }
        }
        if (candidates.isEmpty() && leadCount == 0) {
            return 0;
        }
        long[] hashes = new long[candidates.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(candidates.get(i).key);
        }
        int[] counts = store.observe(key, articleId, hashes, java.util.Arrays.copyOf(leads, leadCount));
        List<Piece> recurring = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            Piece piece = candidates.get(i);
            int needed = piece.words <= SHORT_WORDS ? minArticles : 2 * minArticles;
            if (counts[i] >= needed) {
                recurring.add(piece);
            }
        }
        int left = kept - recurring.size();
        if (left < Math.max(2, (kept + 2) / 3)) {
            return 0;
        }
        for (Piece piece : recurring) {
            piece.removedFor = dev.newsflow.contracts.RemovalReason.SOURCE_RECURRING;
        }
        return recurring.size();
    }

    /** The source name when given, else the URL's host without "www."; null when neither is known. */
    static String sourceKey(String source, String url) {
        if (source != null && !source.isBlank()) {
            String s = source.strip().toLowerCase(Locale.ROOT);
            return s.length() > 200 ? s.substring(0, 200) : s;
        }
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end).toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.isBlank() || host.length() > 200 || host.indexOf('.') < 0 ? null : host;
    }

    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        return h ^ (h >>> 31);
    }
}
