package dev.newsflow.ingest.intake.reading;

import dev.newsflow.contracts.format.FormatException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.HtmlTrim;
import dev.newsflow.contracts.RawArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A {@code text/html} article. The body is the page without what no extraction reads (scripts
 * other than JSON-LD, styles, comments, large inline data; see {@link HtmlTrim}), and the article's
 * metadata says what went; cleaning the rest is enrich-service's job. The title and, when the
 * client did not give them, the URL and language come from the page's own markup. Values taken
 * from the page are used only when they are valid, since the client cannot fix what the page says.
 */
public final class HtmlArticles {

    private HtmlArticles() {
    }

    public static RawArticle article(String html, ArticleAttributes attributes) {
        HtmlTrim.Trimmed trimmed = HtmlTrim.trim(html);
        Document page = Jsoup.parse(trimmed.html());
        if (page.body() == null || page.body().text().isBlank()) {
            throw FormatException.invalid("body", "The HTML page has no visible text");
        }
        String title = firstPresent(given(attributes.title()), meta(page, "og:title"), given(page.title()), firstText(page, "h1"))
                .orElseThrow(() -> FormatException.invalid("title",
                        "The HTML page has no <title>, og:title or <h1>; add one or pass ?title="));
        String url = firstPresent(given(attributes.url()), canonicalLink(page), meta(page, "og:url").filter(HtmlArticles::isHttpUrl))
                .orElse(null);
        String language = firstPresent(given(attributes.language()), pageLanguage(page)).orElse(null);
        return new RawArticle(attributes.id(), url, attributes.source(), title, trimmed.html(), RawArticle.TEXT_HTML, language,
                attributes.publishedAt(), attributes.author(), trimmed.changed() ? Map.of(HtmlTrim.METADATA_KEY, trimmed.summary()) : null);
    }

    /**
     * An HTML article that came as JSON, trimmed as a posted page is. One already trimmed (its
     * metadata says so), or one that would be left blank, stays as it is.
     */
    public static RawArticle trimmed(RawArticle article) {
        if (!article.hasHtmlBody() || article.metadata().containsKey(HtmlTrim.METADATA_KEY)) {
            return article;
        }
        HtmlTrim.Trimmed trimmed = HtmlTrim.trim(article.body());
        if (!trimmed.changed() || trimmed.html().isBlank()) {
            return article;
        }
        Map<String, String> metadata = new HashMap<>(article.metadata());
        metadata.put(HtmlTrim.METADATA_KEY, trimmed.summary());
        return new RawArticle(article.id(), article.url(), article.source(), article.title(), trimmed.html(),
                article.contentType(), article.language(), article.publishedAt(), article.author(), metadata);
    }

    private static Optional<String> meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? Optional.empty() : Optional.of(meta.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> canonicalLink(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? Optional.empty() : Optional.of(link.attr("href").strip()).filter(HtmlArticles::isHttpUrl);
    }

    private static Optional<String> firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? Optional.empty() : Optional.of(element.text().strip()).filter(s -> !s.isEmpty());
    }

    /** {@code <html lang="en-GB">} names the language as "en". */
    private static Optional<String> pageLanguage(Document page) {
        Element html = page.selectFirst("html[lang]");
        if (html == null) {
            return Optional.empty();
        }
        String primary = html.attr("lang").strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? Optional.of(primary) : Optional.empty();
    }

    private static boolean isHttpUrl(String url) {
        return ArticleIds.canonicalUrl(url) != null;
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value);
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... candidates) {
        return Stream.of(candidates)
                .flatMap(Optional::stream)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .findFirst();
    }
}
