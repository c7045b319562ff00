package dev.newsflow.enrichment.html;

import dev.newsflow.contracts.Removal;
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
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into article text. The content root is the page's article body
 * ({@code itemprop=articleBody}, else its longest {@code <article>}, else {@code <main>}, else
 * {@code <body>}); furniture inside it (navigation, asides, forms, share and cookie widgets,
 * related-story blocks) is dropped and reported, one summarised removal per element, and so is
 * whatever text lay outside the root. Thread-safe (stateless).
 */
public final class HtmlExtractor {

    private static final int SUMMARY_CHARS = 160;
    private static final int MAX_ELEMENT_REMOVALS = 25;

    /** @param baseUri the page's URL, to resolve relative links (canonical URL); may be null */
    public HtmlPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata metadata = PageMetadata.read(doc);
        List<Removal> removed = new ArrayList<>();

        Elements code = doc.select(Furniture.CODE_TAGS);
        code.remove();
        Element root = contentRoot(doc);
        int dropped = dropFurniture(doc.body(), root, removed);
        if (dropped > MAX_ELEMENT_REMOVALS) {
            removed.add(new Removal("(" + (dropped - MAX_ELEMENT_REMOVALS) + " more page elements)",
                    RemovalReason.HTML_NON_CONTENT));
        }
        String outside = root == doc.body() ? "" : BlockText.outside(doc.body(), root);
        if (!outside.isBlank()) {
            removed.add(new Removal("outside the article: " + summary(outside), RemovalReason.HTML_NON_CONTENT));
        }
        if (!code.isEmpty()) {
            removed.add(new Removal("(" + code.size() + " script, style and embedded elements)",
                    RemovalReason.HTML_NON_CONTENT));
        }
        String text = BlockText.of(root);
        Map<String, String> extra = new LinkedHashMap<>();
        putIfPresent(extra, "siteName", metadata.siteName());
        putIfPresent(extra, "description", metadata.description());
        putIfPresent(extra, "canonicalUrl", metadata.canonicalUrl());
        String h1 = firstText(root.selectFirst("h1"));
        String title = metadata.title() != null ? metadata.title() : h1 != null ? h1 : metadata.documentTitle();
        return new HtmlPage(text, title, doc.title().strip(), metadata.canonicalUrl(), metadata.author(),
                metadata.publishedAt() != null ? metadata.publishedAt() : root.select("time[datetime]").attr("datetime"),
                extra, removed);
    }

    private static Element contentRoot(Document doc) {
        Element body = doc.body();
        Element declared = body.selectFirst("[itemprop=articleBody]");
        if (declared != null) {
            return declared;
        }
        Element longest = null;
        int longestLength = 0;
        for (Element article : body.select("article")) {
            int length = article.text().length();
            if (length > longestLength) {
                longest = article;
                longestLength = length;
            }
        }
        if (longest != null && longestLength > 200) {
            return longest;
        }
        Element main = body.selectFirst("main, [role=main]");
        return main != null ? main : body;
    }

    /**
     * Removes the outermost furniture elements, never the root or anything holding it. Iterative
     * (a traversal, not recursion), so absurdly deep pages cannot overflow the stack.
     */
    private static int dropFurniture(Element scope, Element root, List<Removal> removed) {
        Set<Element> holdingRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = root; e != null; e = e.parent()) {
            holdingRoot.add(e);
        }
        int[] dropped = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || holdingRoot.contains(element)) {
                    return FilterResult.CONTINUE;
                }
                RemovalReason reason = Furniture.reasonFor(element);
                if (reason == null) {
                    return FilterResult.CONTINUE;
                }
                String text = element.text();
                if (!text.isBlank() && ++dropped[0] <= MAX_ELEMENT_REMOVALS) {
                    removed.add(new Removal("<" + element.normalName() + "> " + summary(text), reason));
                }
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, scope);
        return dropped[0];
    }

    static String summary(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= SUMMARY_CHARS ? collapsed : collapsed.substring(0, SUMMARY_CHARS) + "…";
    }

    private static String firstText(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.text().strip();
        return text.isEmpty() ? null : text;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
