package dev.newsflow.enrichment.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Renders an element's text with its block structure: blocks become paragraphs, items and breaks lines. */
final class BlockText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "table", "ul", "ol",
            "dl", "hr", "address", "details", "summary");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new Renderer(out, null), root);
        return out.toString().strip();
    }

    /** Text of {@code scope} outside {@code excluded}. */
    static String outside(Element scope, Element excluded) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new Renderer(out, excluded), scope);
        return out.toString().strip();
    }

    private record Renderer(StringBuilder out, Element excluded) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node == excluded) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text) {
                appendCollapsed(text.getWholeText());
            } else if (node instanceof Element element) {
                breakFor(element.normalName());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && !"br".equals(element.normalName())) {
                breakFor(element.normalName());
            }
            return FilterResult.CONTINUE;
        }

        private void breakFor(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                newlines(2);
            } else if (LINES.contains(tag)) {
                newlines(1);
            }
        }

        private void newlines(int count) {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                out.setLength(--len);
            }
            if (len == 0) {
                return;
            }
            int have = 0;
            while (have < len && out.charAt(len - 1 - have) == '\n') {
                have++;
            }
            for (int i = have; i < count; i++) {
                out.append('\n');
            }
        }

        private void appendCollapsed(String text) {
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
