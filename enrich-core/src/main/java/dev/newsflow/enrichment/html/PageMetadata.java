package dev.newsflow.enrichment.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about itself: its JSON-LD article first, then its meta tags (Dublin Core, Open
 * Graph, Twitter, Parse.ly, article:*), then its {@code <title>} with the site name cut off.
 *
 * @param title          the article's title
 * @param documentTitle  the {@code <title>} with its site-name part cut off, or null
 */
record PageMetadata(String title, String documentTitle, String canonicalUrl, String author, String publishedAt,
        String siteName, String description, String language) {

    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");

    /** The meta tags of a page, read once: property and name keys lower-cased, dots made colons. */
    static final class Meta {
        private final Map<String, String> values = new HashMap<>();
        String canonical;
        String documentTitle = "";
        String htmlLanguage;

        void add(Element meta) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                return;
            }
            String property = meta.attr("property");
            boolean matched = false;
            if (!property.isEmpty() && property.indexOf(':') > 0) {
                Matcher m = PROPERTY.matcher(property);
                if (m.find()) {
                    values.put(key(m.group()), content);
                    matched = true;
                } else {
                    values.putIfAbsent(property.strip().toLowerCase(Locale.ROOT), content);
                }
            }
            String name = meta.attr("name");
            if (!matched && !name.isEmpty()) {
                String key = key(name).replace('.', ':');
                // article:* and og:* are properties; as names they are a CMS's leftovers, read only as such
                values.put(key.startsWith("article:") || key.startsWith("og:") ? "name:" + key : key, content);
            }
            String itemprop = meta.attr("itemprop");
            if (!itemprop.isEmpty()) {
                values.putIfAbsent("itemprop:" + itemprop.strip().toLowerCase(Locale.ROOT), content);
            }
        }

        /** Lower case, without white space. */
        private static String key(String name) {
            StringBuilder key = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!Character.isWhitespace(c)) {
                    key.append(Character.toLowerCase(c));
                }
            }
            return key.toString();
        }

        String get(String key) {
            return values.get(key);
        }
    }

    /** What the page's own content offers: its h1 and h2 headings, a byline and a time found in it. */
    record PageHints(List<String> h1s, List<String> h2s, String byline, String time) {
    }

    static PageMetadata read(Meta meta, JsonLd ld, PageHints hints) {
        String siteName = first(ld.publisher(), meta.get("og:site_name"));
        String fromTitle = articleTitle(meta.documentTitle, hints, siteName);
        String title = first(jsonLdTitle(ld, fromTitle), meta.get("dc:title"), meta.get("dcterm:title"),
                meta.get("og:title"), meta.get("weibo:article:title"), meta.get("weibo:webpage:title"),
                meta.get("title"), meta.get("twitter:title"), meta.get("parsely-title"), fromTitle);
        String articleAuthor = meta.get("article:author");
        String author = first(ld.author(), meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), articleAuthor == null || JsonLd.looksLikeUrl(articleAuthor) ? null
                        : articleAuthor, meta.get("byl"), meta.get("sailthru:author"), hints.byline());
        String published = first(ld.datePublished(), meta.get("article:published_time"), meta.get("parsely-pub-date"),
                meta.get("itemprop:datepublished"), meta.get("og:published_time"), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("publish-date"), meta.get("dc:date:issued"), meta.get("dc:date"),
                meta.get("dcterms:created"), meta.get("sailthru:date"), meta.get("date"), hints.time());
        String canonical = first(meta.canonical, meta.get("og:url"));
        String description = first(ld.description(), meta.get("dc:description"), meta.get("dcterm:description"),
                meta.get("og:description"), meta.get("description"), meta.get("twitter:description"));
        String language = first(meta.htmlLanguage, ld.language(), meta.get("og:locale"),
                meta.get("content-language"));
        return new PageMetadata(unescape(title), documentTitle(meta.documentTitle, siteName), canonical,
                unescape(byline(author)), published, unescape(siteName), unescape(description), language);
    }

    /** Of JSON-LD's name and headline, the one that matches the document title (Readability's rule). */
    private static String jsonLdTitle(JsonLd ld, String fromTitle) {
        if (ld.name() != null && ld.headline() != null && !ld.name().equals(ld.headline())) {
            boolean nameMatches = TitleMatch.similarity(ld.name(), fromTitle) > 0.75;
            boolean headlineMatches = TitleMatch.similarity(ld.headline(), fromTitle) > 0.75;
            return headlineMatches && !nameMatches ? ld.headline() : ld.name();
        }
        return first(ld.name(), ld.headline());
    }

    /**
     * The title as the {@code <title>} gives it: the part before the last " | " or " - " (the
     * site's name usually follows), unless that leaves too few words; the part after a colon
     * unless a heading says the whole; the only h1 when the title is very short or very long.
     */
    static String articleTitle(String documentTitle, PageHints hints, String siteName) {
        String original = documentTitle.strip();
        String title = original;
        boolean hierarchical = false;
        Matcher separators = SEPARATORS.matcher(original);
        int last = -1;
        while (separators.find()) {
            last = separators.start();
        }
        if (last >= 0) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            title = original.substring(0, last);
            if (wordCount(title) < 3) {
                title = original.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
            }
        } else if (title.contains(": ")) {
            boolean heading = hints.h1s().stream().anyMatch(h -> h.strip().equals(original))
                    || hints.h2s().stream().anyMatch(h -> h.strip().equals(original));
            if (!heading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (wordCount(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            if (hints.h1s().size() == 1) {
                title = hints.h1s().get(0);
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int words = wordCount(title);
        if (words <= 4 && (!hierarchical
                || words != wordCount(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            String cut = last >= 0 ? original.substring(last + 3).strip() : "";
            boolean siteSuffix = siteName != null && words >= 2 && cut.equalsIgnoreCase(siteName.strip());
            title = siteSuffix ? title : original;
        }
        return title.isEmpty() ? null : title;
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

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** "By Ada Lovelace" gives "Ada Lovelace". */
    static String byline(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.regionMatches(true, 0, "by ", 0, 3)) {
            v = v.substring(3).strip();
        } else if (v.regionMatches(true, 0, "by:", 0, 3)) {
            v = v.substring(3).strip();
        }
        return v.isEmpty() ? null : v;
    }

    private static String unescape(String value) {
        return value == null || value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, false);
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
