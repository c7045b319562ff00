package dev.newsflow.enrichment.html;

/**
 * Empties a page's scripts and styles before it is parsed: on a news page they are half of the
 * bytes and none of the text, and the parser would copy every one of them into a string. JSON-LD
 * scripts are kept whole (they hold the article's metadata); comments are passed over whole, so a
 * tag written inside one is not taken for a script. A script without an end keeps the rest.
 */
final class Prescan {

    private Prescan() {
    }

    static String emptyScripts(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 7 < html.length()) {
            char next = html.charAt(i + 1);
            if (next == '!' && html.startsWith("!--", i + 1)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = html.indexOf('<', end + 3);
                continue;
            }
            String close = null;
            if ((next == 's' || next == 'S') && boundary(html, i + 7) && html.regionMatches(true, i + 1, "script", 0, 6)) {
                close = "</script";
            } else if ((next == 's' || next == 'S') && boundary(html, i + 6)
                    && html.regionMatches(true, i + 1, "style", 0, 5)) {
                close = "</style";
            }
            if (close == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int tagEnd = html.indexOf('>', i);
            if (tagEnd < 0) {
                break;
            }
            int end = closing(html, close, tagEnd + 1);
            if (end < 0) {
                break;
            }
            if (end > tagEnd + 1 && !keep(html, i, tagEnd)) {
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, tagEnd + 1);
                copied = end;
            }
            i = html.indexOf('<', end + 2);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static boolean boundary(String html, int at) {
        if (at >= html.length()) {
            return false;
        }
        char c = html.charAt(at);
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** JSON-LD, which the metadata is read from. */
    private static boolean keep(String html, int tagStart, int tagEnd) {
        for (int j = tagStart; j + 7 <= tagEnd; j++) {
            if (html.regionMatches(true, j, "ld+json", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    private static int closing(String html, String close, int from) {
        for (int j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 2)) {
            if (html.regionMatches(true, j, close, 0, close.length())) {
                return j;
            }
        }
        return -1;
    }
}
