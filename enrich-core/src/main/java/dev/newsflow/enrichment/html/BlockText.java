package dev.newsflow.enrichment.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Renders text with its block structure: blocks become paragraphs, items and breaks lines. */
final class BlockText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "table", "ul", "ol",
            "dl", "hr", "address", "details", "summary", "aside", "footer", "nav", "form", "fieldset", "center");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption");

    /** An inline caption or credit gets a line of its own, so it never runs into the sentence next to it. */
    static boolean creditLine(Element element) {
        String names = element.className();
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("caption") || lower.contains("credit") || lower.contains("attribution");
    }

    private BlockText() {
    }

    /** The article's parts, one after another, without the elements in {@code skip}. */
    static String of(List<Box> parts, Set<Element> skip) {
        StringBuilder out = new StringBuilder();
        Renderer renderer = new Renderer(out, skip);
        for (Box part : parts) {
            render(part, renderer);
            renderer.newlines(2);
        }
        return out.toString().strip();
    }

    /** One element's text with its blocks. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new Renderer(out, Set.of()), root);
        return out.toString().strip();
    }

    /** A box's text on one line. */
    static String flat(Box box) {
        StringBuilder out = new StringBuilder();
        Renderer renderer = new Renderer(out, Set.of(), true);
        render(box, renderer);
        return out.toString().strip();
    }

    private static void render(Box box, Renderer renderer) {
        if (box.element != null) {
            NodeTraversor.filter(renderer, box.element);
            return;
        }
        for (Node node = box.first; node != null; node = node.nextSibling()) {
            NodeTraversor.filter(renderer, node);
            if (node == box.last) {
                break;
            }
        }
    }

    private static final class Renderer implements NodeFilter {
        private final StringBuilder out;
        private final Set<Element> skip;
        private final boolean flat;

        Renderer(StringBuilder out, Set<Element> skip) {
            this(out, skip, false);
        }

        Renderer(StringBuilder out, Set<Element> skip, boolean flat) {
            this.out = out;
            this.skip = skip;
            this.flat = flat;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendCollapsed(text.getWholeText());
            } else if (node instanceof Element element) {
                if (!skip.isEmpty() && skip.contains(element) || PageTree.SKIPPED.contains(element.normalName())
                        || PageTree.hidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                breakFor(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && !"br".equals(element.normalName())) {
                breakFor(element);
            }
            return FilterResult.CONTINUE;
        }

        private void breakFor(Element element) {
            String tag = element.normalName();
            if (PARAGRAPHS.contains(tag)) {
                newlines(2);
            } else if (LINES.contains(tag) || creditLine(element)) {
                newlines(1);
            }
        }

        void newlines(int count) {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                out.setLength(--len);
            }
            if (len == 0) {
                return;
            }
            if (flat) {
                out.append(' ');
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
