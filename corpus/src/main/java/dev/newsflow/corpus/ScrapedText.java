package dev.newsflow.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML document as a plain-text scraper sees it: the text of every block on a line of its own,
 * inline elements run together, scripts, styles and the head left out. This is the shape of
 * scraped text that reaches newsflow as {@code text/plain}, menus and footers included, and also
 * how a reference extraction ({@code expected.html}) is turned into the text it is scored by.
 */
public final class ScrapedText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "button",
            "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "option", "p", "pre", "section",
            "summary", "table", "td", "th", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "math", "iframe", "object", "select", "textarea");

    private ScrapedText() {
    }

    public static String of(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 8);
        NodeTraversor.filter(new Lines(out), doc.body() != null ? doc.body() : doc);
        return out.toString().strip();
    }

    /** The scrape with its lines joined by spaces: the shape of scrapers that flatten a page to one line. */
    public static String oneLine(String scrape) {
        return scrape.replace('\n', ' ');
    }

    private record Lines(StringBuilder out) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (SKIPPED.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(element.normalName())) {
                    newline();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newline();
            }
            return FilterResult.CONTINUE;
        }

        private void newline() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                out.setLength(--len);
            }
            if (len > 0 && out.charAt(len - 1) != '\n') {
                out.append('\n');
            }
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    int len = out.length();
                    if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
