package dev.newsflow.enrichment.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few schema.org NewsArticle fields we use, read from a page's JSON-LD by scanning for their
 * keys: enough for the flat objects publishers emit, without a JSON parser in the core.
 */
record JsonLd(String headline, String authorName, String datePublished) {

    private static final int MAX_SCAN = 100_000;

    static JsonLd of(Document doc) {
        StringBuilder all = new StringBuilder();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            all.append(script.data()).append('\n');
            if (all.length() > MAX_SCAN) {
                break;
            }
        }
        if (all.length() == 0) {
            return new JsonLd(null, null, null);
        }
        String json = all.length() > MAX_SCAN ? all.substring(0, MAX_SCAN) : all.toString();
        int author = json.indexOf("\"author\"");
        String authorName = null;
        if (author >= 0) {
            String name = stringAfter(json, "\"name\"", author);
            String direct = stringValue(json, author + "\"author\"".length());
            authorName = direct != null ? direct : name;
        }
        return new JsonLd(stringAfter(json, "\"headline\"", 0), authorName, stringAfter(json, "\"datePublished\"", 0));
    }

    private static String stringAfter(String json, String key, int from) {
        int at = json.indexOf(key, from);
        if (at < 0 || at - from > 2000 && from > 0) {
            return null;
        }
        return stringValue(json, at + key.length());
    }

    /** The JSON string right after a key's colon, or null when the value is not a string. */
    private static String stringValue(String json, int afterKey) {
        int i = afterKey;
        while (i < json.length() && (json.charAt(i) == ':' || Character.isWhitespace(json.charAt(i)))) {
            i++;
        }
        if (i >= json.length() || json.charAt(i) != '"') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (i++; i < json.length() && value.length() < 500; i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                value.append(json.charAt(++i));
            } else if (c == '"') {
                String v = value.toString().strip();
                return v.isEmpty() ? null : v;
            } else {
                value.append(c);
            }
        }
        return null;
    }
}
