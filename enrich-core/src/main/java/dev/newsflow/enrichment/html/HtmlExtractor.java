package dev.newsflow.enrichment.html;

import dev.newsflow.contracts.RemovalReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into article text and metadata. The page is parsed once and read once into a
 * tree of measured boxes ({@link PageTree}); the article is found on that tree
 * ({@link ContentFinder}); title, author, time and language come from the page's JSON-LD and meta
 * tags, else from its title, its byline and its {@code <time>}. Whatever is left out is reported,
 * one summarised removal per block ({@link RemovalLog}). Thread-safe (stateless).
 */
public final class HtmlExtractor {

    private static final int MAX_HEADING_CHARS = 500;

    /** @param baseUri the page's URL, to resolve relative links (canonical URL); may be null */
    public HtmlPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(Prescan.emptyScripts(html), baseUri == null ? "" : baseUri);
        PageTree tree = PageTree.of(doc, new Hints());
        JsonLd ld = JsonLd.of(tree.jsonLd);
        List<String> h1s = new ArrayList<>();
        List<String> h2s = new ArrayList<>();
        for (Box heading : tree.headings) {
            if (heading.totalChars > 0 && heading.totalChars < MAX_HEADING_CHARS) {
                heading.text = heading.element.text();
                ("h1".equals(heading.tag) ? h1s : h2s).add(heading.text);
            }
        }
        PageMetadata metadata = PageMetadata.read(tree.meta, ld,
                new PageMetadata.PageHints(h1s, h2s, null, tree.time));
        Box titleHeading = titleHeading(tree, metadata.title(), tree.meta.get("og:title"));
        Box byline = byline(tree);
        ContentFinder.Content content = new ContentFinder(tree, byline, titleHeading).find();
        if (byline == null && metadata.author() == null) {
            byline = bylineBefore(tree, content.parts().get(0));
        }

        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Box left : content.left()) {
            if (left.element != null) {
                skip.add(left.element);
            }
        }
        String text = BlockText.of(content.parts(), skip);
        RemovalLog removed = report(tree, content);

        String author = metadata.author();
        if (author == null && byline != null) {
            author = PageMetadata.byline(bylineText(byline.element));
        }
        String title = metadata.title();
        if (title == null) {
            title = !h1s.isEmpty() ? h1s.get(0) : metadata.documentTitle();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        putIfPresent(extra, "siteName", metadata.siteName());
        putIfPresent(extra, "description", metadata.description());
        putIfPresent(extra, "canonicalUrl", metadata.canonicalUrl());
        putIfPresent(extra, "language", metadata.language());
        return new HtmlPage(text, title, doc.title().strip(), metadata.canonicalUrl(), author,
                metadata.publishedAt(), extra, removed.toList());
    }

    /**
     * The first h1 or h2 that says the title again (most of its words are the title's), the title
     * as the page's metadata gives it or as it gives it to social networks (og:title), which is
     * the headline as printed more often than a JSON-LD headline is.
     */
    private static Box titleHeading(PageTree tree, String title, String socialTitle) {
        if (title == null && socialTitle == null) {
            return null;
        }
        for (Box heading : tree.headings) {
            if (heading.text != null && (TitleMatch.similarity(title, heading.text) > 0.75
                    || TitleMatch.similarity(socialTitle, heading.text) > 0.75)) {
                return heading;
            }
        }
        return null;
    }

    /** The first element that names the author (rel, itemprop or class), outside unlikely blocks. */
    private static Box byline(PageTree tree) {
        Box first = null;
        for (Box candidate : tree.bylines) {
            if (first != null && candidate.order > first.order) {
                continue;
            }
            boolean unlikely = false;
            for (Box a = candidate; a != null; a = a.parent) {
                unlikely |= a.unlikely;
            }
            if (!unlikely) {
                first = candidate;
            }
        }
        return first;
    }

    /**
     * The first byline before the end of the article's first part, even inside a block that looks
     * like furniture (many sites set the byline in a header): bylines sit above the text, the
     * names in comments below it.
     */
    private static Box bylineBefore(PageTree tree, Box firstPart) {
        Box first = null;
        for (Box candidate : tree.bylines) {
            if (candidate.order < firstPart.end && (first == null || candidate.order < first.order)) {
                first = candidate;
            }
        }
        return first;
    }

    /** A byline's author: its itemprop=name part when it has one, else all of it. */
    private static String bylineText(Element byline) {
        Element name = byline.selectFirst("[itemprop~=name]");
        return (name != null ? name : byline).text();
    }

    private static RemovalLog report(PageTree tree, ContentFinder.Content content) {
        RemovalLog log = new RemovalLog();
        Set<Box> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Box> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        parts.addAll(content.parts());
        for (Box part : content.parts()) {
            for (Box a = part.parent; a != null && holding.add(a); a = a.parent) {
                // marks every ancestor of the article's parts
            }
        }
        if (!parts.contains(tree.body)) {
            holding.add(tree.body);
        }
        // what lies outside the article, one entry per outermost block
        List<Box> stack = new ArrayList<>();
        stack.add(tree.body);
        while (!stack.isEmpty()) {
            Box b = stack.remove(stack.size() - 1);
            if (parts.contains(b)) {
                continue;
            }
            if (holding.contains(b)) {
                for (int i = b.children.size() - 1; i >= 0; i--) {
                    stack.add(b.children.get(i));
                }
            } else if (b.totalChars > 0) {
                log.add(b, "outside the article", RemovalReason.HTML_NON_CONTENT);
            }
        }
        // what was left out inside it
        for (int i = 0; i < content.left().size(); i++) {
            Box b = content.left().get(i);
            switch (content.why().get(i)) {
                case BYLINE -> log.addAs(b, "byline", RemovalReason.HTML_NON_CONTENT);
                case TITLE -> log.addAs(b, "heading repeating the title", RemovalReason.REPEATED_TITLE);
                case SHARE -> log.addAs(b, "share buttons", RemovalReason.BOILERPLATE_PATTERN);
                case HEADER -> log.add(b, "heading marked as furniture", RemovalReason.HTML_NON_CONTENT);
                case UNLIKELY -> log.add(b, "furniture", RemovalReason.HTML_NON_CONTENT);
                case FURNITURE -> log.add(b, "aside", RemovalReason.HTML_NON_CONTENT);
                case CONDITIONAL -> log.add(b, "low-text block", RemovalReason.HTML_NON_CONTENT);
            }
        }
        for (PageTree.Hidden hidden : tree.hidden) {
            if (insideArticle(hidden.parent(), content.parts()) || holding.contains(hidden.parent())) {
                log.addHidden(hidden.element());
            }
        }
        if (tree.code > 0) {
            log.note("(" + tree.code + " script, style and embedded elements)", RemovalReason.HTML_NON_CONTENT);
        }
        return log;
    }

    private static boolean insideArticle(Box b, List<Box> parts) {
        for (Box part : parts) {
            if (b.order >= part.order && b.order < part.end) {
                return true;
            }
        }
        return false;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
