package dev.newsflow.enrichment.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Metadata from a page's head: Open Graph, article:*, common meta names, link rel, JSON-LD. */
record PageMetadata(String title, String documentTitle, String canonicalUrl, String author, String publishedAt,
        String siteName, String description) {

    static PageMetadata read(Document doc) {
        JsonLd jsonLd = JsonLd.of(doc);
        String siteName = meta(doc, "meta[property=og:site_name]");
        String title = first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                jsonLd.headline());
        String canonical = first(attr(doc, "link[rel=canonical][href]", "abs:href"), meta(doc, "meta[property=og:url]"));
        String author = first(nonUrl(meta(doc, "meta[name=author]")), nonUrl(meta(doc, "meta[property=article:author]")),
                byline(meta(doc, "meta[name=byl]")), jsonLd.authorName(), text(doc, "[rel=author]"),
                text(doc, "[itemprop=author]"));
        String published = first(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), jsonLd.datePublished(),
                meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date],"
                        + " meta[name=DC.date.issued], meta[name=parsely-pub-date], meta[name=sailthru.date]"));
        String description = first(meta(doc, "meta[property=og:description]"), meta(doc, "meta[name=description]"));
        return new PageMetadata(title, documentTitle(doc.title(), siteName), canonical, author, published, siteName,
                description);
    }

    /** The document title without its site-name suffix ("Kim meets Putin | ANN" gives "Kim meets Putin"). */
    static String documentTitle(String title, String siteName) {
        String t = title.strip();
        for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int at = t.lastIndexOf(separator);
            if (at > 0) {
                String suffix = t.substring(at + separator.length()).strip();
                boolean isSite = siteName != null && suffix.equalsIgnoreCase(siteName.strip());
                if (isSite || suffix.split(" ").length <= 3) {
                    return t.substring(0, at).strip();
                }
            }
        }
        return t.isEmpty() ? null : t;
    }

    private static String meta(Document doc, String query) {
        return attr(doc, query, "content");
    }

    private static String attr(Document doc, String query, String attribute) {
        Element element = doc.selectFirst(query);
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(Document doc, String query) {
        Element element = doc.selectFirst(query);
        if (element == null) {
            return null;
        }
        String value = element.text().strip();
        return value.isEmpty() || value.length() > 100 ? null : byline(value);
    }

    private static String nonUrl(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String byline(String value) {
        if (value == null) {
            return null;
        }
        return value.regionMatches(true, 0, "by ", 0, 3) ? value.substring(3).strip() : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
