package dev.newsflow.enrichment.clean;

import dev.newsflow.enrichment.text.Words;
import java.util.Locale;
import java.util.Set;

/**
 * A navigation menu that lost its markup: a run of capitalised section names, with or without
 * separators ("Home | World | Sport | Business"), as a whole sentence or at the start of one
 * (scraped one-line text).
 */
final class Navigation {

    /** Section names are so unlike story openings that four of them in a row are a menu. */
    static final int MIN_RUN = 4;
    static final int MIN_RUN_SEPARATED = 3;

    private static final Set<String> SECTIONS = Set.of("home", "news", "world", "uk", "us", "sport", "sports",
            "football", "cricket", "business", "politics", "tech", "technology", "science", "health", "entertainment",
            "culture", "arts", "opinion", "opinions", "video", "videos", "live", "travel", "style", "lifestyle", "food",
            "weather", "local", "national", "international", "economy", "markets", "money", "finance", "education",
            "environment", "climate", "media", "more", "latest", "podcasts", "podcast", "newsletters", "contact",
            "about", "search", "menu", "login", "subscribe", "asia", "africa", "europe", "americas", "australia",
            "india", "china", "features", "analysis", "investigations", "photos", "gallery", "games", "puzzles",
            "obituaries", "jobs", "cars", "motoring", "property", "books", "music", "film", "movies", "tv",
            "celebrity", "fashion", "beauty", "wellness", "family", "gaming", "crypto", "energy", "defence",
            "defense", "crime", "society", "religion", "shop", "deals", "reviews", "today", "editorial", "letters",
            "archive", "events", "regions", "region", "&", "and", "privacy", "policy", "terms", "advertise",
            "careers", "help", "faq", "sitemap", "epaper", "e-paper", "blogs", "blog", "columns", "interviews");

    private Navigation() {
    }

    /**
     * Number of characters at the start of the piece's text that form a menu, 0 when none. A
     * result equal to the text's length means the whole sentence is a menu.
     */
    static int menuPrefix(String text) {
        int i = 0;
        int n = text.length();
        int sections = 0;
        int separators = 0;
        int end = 0;
        while (i < n) {
            while (i < n && Words.isWhitespace(text.charAt(i))) {
                i++;
            }
            int tokenStart = i;
            while (i < n && !Words.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (tokenStart == i) {
                break;
            }
            String token = text.substring(tokenStart, i);
            if (isSeparator(token)) {
                separators++;
                continue;
            }
            String word = strip(token);
            boolean capitalised = !word.isEmpty() && !Character.isLowerCase(word.charAt(0));
            if (!capitalised && !"&".equals(word) || !SECTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            sections++;
            end = i;
        }
        boolean menu = sections >= MIN_RUN || (sections >= MIN_RUN_SEPARATED && separators >= 2);
        return menu ? end : 0;
    }

    private static boolean isSeparator(String token) {
        return token.length() <= 2 && "|•·›»/-–—>:".indexOf(token.charAt(0)) >= 0;
    }

    private static String strip(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && "|•·›»/,;".indexOf(token.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && "|•·›»/,;".indexOf(token.charAt(e - 1)) >= 0) {
            e--;
        }
        return token.substring(s, e);
    }
}
