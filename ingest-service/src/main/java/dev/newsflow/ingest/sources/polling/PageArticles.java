package dev.newsflow.ingest.sources.polling;

import dev.newsflow.contracts.format.FormatException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.intake.reading.ArticleAttributes;
import dev.newsflow.ingest.intake.reading.HtmlArticles;
import dev.newsflow.ingest.sources.feeds.ListingItem;
import org.jsoup.Jsoup;

/**
 * Fetched pages and listing items as RawArticles, built by the same {@link HtmlArticles} that
 * reads a posted {@code text/html} article: the page says what it can (title, language), the item
 * fills what it lacks (title, date, author, summary, language); the URL, and so the id, is the
 * page's address after redirects. Metadata says where the article came from.
 */
public final class PageArticles {

    static final String SOURCE_ID = "sourceId";
    static final String FETCHED_FROM = "fetchedFrom";
    static final String FETCH_ERROR = "fetchError";
    static final String ITEM_URL = "itemUrl";
    static final String SUMMARY = "summary";
    private static final int MAX_SHORT = 256;
    private static final int MAX_META = 4000;

    private PageArticles() {
    }

    /** The page as an article. {@code item} (may be null) fills gaps; {@link FormatException} when it has no text. */
    public static RawArticle fromPage(String html, URI pageUrl, ListingItem item, String source, String sourceId) {
        ArticleAttributes attributes = new ArticleAttributes(null, pageUrl.toString(), shorten(source, MAX_SHORT), null,
                item == null ? null : date(item.publishedAt()), item == null ? null : shorten(item.author(), MAX_SHORT), null);
        RawArticle article;
        try {
            article = HtmlArticles.article(html, attributes);
        } catch (FormatException e) {
            boolean titleMissing = e.violations().stream().anyMatch(v -> v.field().equals("title"));
            if (!titleMissing || item == null || item.title() == null) {
                throw e;
            }
            article = HtmlArticles.article(html, new ArticleAttributes(null, attributes.url(), attributes.source(), null,
                    attributes.publishedAt(), attributes.author(), item.title()));
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put(FETCHED_FROM, "page");
        if (sourceId != null) {
            metadata.put(SOURCE_ID, sourceId);
        }
        if (item != null) {
            if (item.url() != null && !item.url().equals(pageUrl)) {
                metadata.put(ITEM_URL, shorten(item.url().toString(), MAX_META));
            }
            putSummary(metadata, item);
        }
        String language = article.language() != null ? article.language() : item == null ? null : language(item.language());
        return new RawArticle(null, article.url(), article.source(), article.title(), article.body(), article.contentType(),
                language, article.publishedAt(), article.author(), metadata);
    }

    /**
     * The item's own content as the article, when its page could not be used ({@code why}); null
     * when the item has no text of its own.
     */
    public static RawArticle fromItem(ListingItem item, String source, String sourceId, String why) {
        String text = item.content() != null ? item.content() : item.summary();
        if (text == null || Jsoup.parse(text).text().isBlank()) {
            return null;
        }
        String title = item.title() != null ? item.title() : firstWords(Jsoup.parse(text).text());
        Map<String, String> metadata = new HashMap<>();
        metadata.put(FETCHED_FROM, "item");
        metadata.put(FETCH_ERROR, shorten(why, MAX_META));
        if (sourceId != null) {
            metadata.put(SOURCE_ID, sourceId);
        }
        putSummary(metadata, item);
        String html = "<html><head><title>" + escape(title) + "</title></head><body>" + text + "</body></html>";
        return new RawArticle(null, item.url() == null ? null : item.url().toString(), shorten(source, MAX_SHORT),
                title.length() > 1000 ? title.substring(0, 1000) : title, html, RawArticle.TEXT_HTML, language(item.language()),
                date(item.publishedAt()), shorten(item.author(), MAX_SHORT), metadata);
    }

    private static void putSummary(Map<String, String> metadata, ListingItem item) {
        if (item.summary() != null) {
            String summary = Jsoup.parse(item.summary()).text().strip();
            if (!summary.isEmpty()) {
                metadata.put(SUMMARY, shorten(summary, MAX_META));
            }
        }
    }

    /** "en-US" as "en"; null unless it is a two-letter code. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static String date(Instant instant) {
        // Instant's ISO form always has seconds, which RFC 3339 date-times need
        return instant == null ? null : instant.toString();
    }

    private static String firstWords(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, flat.lastIndexOf(' ', 80) > 20 ? flat.lastIndexOf(' ', 80) : 80) + "...";
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.strip();
        return flat.length() <= max ? flat : flat.substring(0, max);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
