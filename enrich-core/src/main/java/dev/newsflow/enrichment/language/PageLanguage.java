package dev.newsflow.enrichment.language;

/**
 * The language an HTML page declares for itself: {@code <html lang>}, else {@code og:locale}, a
 * {@code content-language} or {@code language} meta tag. Read from the head only, with plain
 * string scans (the page is parsed elsewhere; this runs before the text is judged and costs a few
 * microseconds). Pages often declare their template's language rather than the article's, so the
 * declaration is a hint, which the text overrules when it can.
 */
public final class PageLanguage {

    /** The head of a page is almost always within its first 64 KB. */
    static final int MAX_HEAD_CHARS = 64 * 1024;

    private PageLanguage() {
    }

    /** The declared language code (as written, e.g. "pt-BR", "fr_FR"), or null. */
    public static String declared(String html) {
        int first = 0;
        while (html != null && first < html.length() && first < 1024 && Character.isWhitespace(html.charAt(first))) {
            first++;
        }
        if (html == null || first >= html.length() || html.charAt(first) != '<') {
            return null; // not markup
        }
        int limit = Math.min(html.length(), MAX_HEAD_CHARS);
        // <html> comes first, after at most a doctype and a few comments
        int tag = indexOfIgnoreCase(html, "<html", 0, Math.min(limit, 8 * 1024));
        if (tag >= 0) {
            int end = html.indexOf('>', tag);
            if (end > 0 && end < limit) {
                String lang = attribute(html, tag, end, "lang");
                if (lang != null) {
                    return lang;
                }
            }
        }
        int head = indexOfIgnoreCase(html, "</head", 0, limit);
        if (head >= 0) {
            limit = head;
        }
        for (String marker : new String[] {"og:locale", "content-language", "name=\"language\""}) {
            int at = indexOfIgnoreCase(html, marker, 0, limit);
            if (at < 0) {
                continue;
            }
            int start = html.lastIndexOf('<', at);
            int end = html.indexOf('>', at);
            if (start >= 0 && end > at && end < limit) {
                String content = attribute(html, start, end, "content");
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    /** The value of {@code name="..."} inside {@code html[from, to)}, when it looks like a language tag. */
    private static String attribute(String html, int from, int to, String name) {
        int i = from;
        while (true) {
            int at = indexOfIgnoreCase(html, name, i, to);
            if (at < 0) {
                return null;
            }
            i = at + name.length();
            char before = html.charAt(at - 1);
            if (before != ' ' && before != '\t' && before != '\n' && before != '\r' && before != ':') {
                continue; // "xml:lang" is fine, "data-lang" is not
            }
            int k = i;
            while (k < to && html.charAt(k) == ' ') {
                k++;
            }
            if (k >= to || html.charAt(k) != '=') {
                continue;
            }
            k++;
            while (k < to && html.charAt(k) == ' ') {
                k++;
            }
            if (k < to && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
                k++;
            }
            int start = k;
            while (k < to && (Character.isLetter(html.charAt(k)) || html.charAt(k) == '-' || html.charAt(k) == '_')
                    && k - start < 16) {
                k++;
            }
            String value = html.substring(start, k);
            return value.length() >= 2 ? value : null;
        }
    }

    private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        int n = needle.length();
        char first = needle.charAt(0);
        for (int i = Math.max(from, 0); i + n <= to; i++) {
            // the needles are ASCII and start with '<' or a lower-case letter: or-ing in the case bit
            // folds an upper-case letter onto it without a look-up per char; regionMatches decides
            char c = s.charAt(i);
            if ((c | 0x20) == first && s.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }
}
