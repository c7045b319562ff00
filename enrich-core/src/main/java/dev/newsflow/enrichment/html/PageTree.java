package dev.newsflow.enrichment.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The page read in one walk of its DOM: the body as a tree of {@link Box}es with their text
 * measured, and on the way the head's title and meta tags, the JSON-LD scripts, the hidden
 * elements, bylines and times. Scripts, styles, embedded objects, form controls and hidden
 * elements are stepped over (and counted), never measured.
 */
final class PageTree {

    /** Never content: stepped over whole. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "input", "select", "textarea", "button", "link", "meta", "title", "head",
            "datalist", "option", "video", "audio", "source", "picture", "frame", "frameset", "map", "area");
    /** Inline elements: they continue the run of text they sit in (Readability's phrasing content). */
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "bdi", "br", "button", "cite",
            "code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math",
            "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small",
            "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "big", "tt",
            "a", "del", "ins", "picture", "video", "canvas", "nobr");
    /** Elements whose presence makes a div a container rather than a paragraph. */
    private static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "ol", "p", "pre", "table", "ul");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Pattern VIDEOS = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie"
            + "|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CANDIDATES = 50;

    final List<Box> boxes = new ArrayList<>();
    Box body;
    final List<String> jsonLd = new ArrayList<>();
    final PageMetadata.Meta meta = new PageMetadata.Meta();
    /** Elements hidden by the page (hidden, aria-hidden, display:none), stepped over. */
    final List<Hidden> hidden = new ArrayList<>();
    /** Scripts, styles, embedded objects and form controls stepped over. */
    int code;
    /** h1 and h2 boxes, in order. */
    final List<Box> headings = new ArrayList<>();
    /** Elements that name the author by rel, itemprop or class and hold little text. */
    final List<Box> bylines = new ArrayList<>();
    String time;

    /** A hidden element and the box it sits in. */
    record Hidden(Element element, Box parent) {
    }

    private PageTree() {
    }

    static PageTree of(Document doc, Hints hints) {
        PageTree tree = new PageTree();
        Element html = doc.childrenSize() > 0 ? doc.child(0) : null;
        if (html != null && "html".equals(html.normalName())) {
            String lang = html.attr("lang").strip();
            tree.meta.htmlLanguage = lang.isEmpty() ? null : lang;
        }
        Walker walker = tree.new Walker(hints);
        NodeTraversor.filter(walker, doc);
        if (tree.body == null) {
            tree.body = new Box(doc.body() != null ? doc.body() : new Element("body"), "body", tree.boxes.size());
            tree.boxes.add(tree.body);
        }
        return tree;
    }

    private final class Walker implements NodeFilter {

        private final Hints hints;
        private final Deque<Box> stack = new ArrayDeque<>();
        private final Deque<Table> tables = new ArrayDeque<>();
        private int links;
        private float linkWeight = 1;
        private int codeDepth;

        Walker(Hints hints) {
            this.hints = hints;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            Box parent = stack.peek();
            if (node instanceof TextNode text) {
                if (parent != null) {
                    text(parent, text);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            if (parent == null) {
                return outsideBody(el, tag);
            }
            if (SKIPPED.contains(tag)) {
                skipped(parent, el, tag);
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> {
                    if (parent.lastWasBreak) {
                        parent.openRun = null;
                        parent.breakPending = true;
                    }
                    parent.lastWasBreak = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "img" -> {
                    parent.ownImages++;
                    parent.lastWasBreak = false;
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "hr" -> {
                    parent.openRun = null;
                    parent.lastWasBreak = false;
                    return FilterResult.SKIP_ENTIRELY;
                }
                default -> {
                }
            }
            if (hidden(el)) {
                hidden.add(new Hidden(el, parent.isRun() ? parent.parent : parent));
                return FilterResult.SKIP_ENTIRELY;
            }
            parent.lastWasBreak = false;
            Box box = new Box(el, tag, boxes.size());
            place(parent, box, el, tag);
            describe(box, el, tag);
            stack.push(box);
            if ("a".equals(tag)) {
                links++;
                String href = el.attr("href");
                linkWeight = href.length() > 1 && href.charAt(0) == '#' ? 0.3f : 1f;
            } else if ("code".equals(tag)) {
                codeDepth++;
            } else if ("table".equals(tag)) {
                Table outer = tables.peek();
                if (outer != null) {
                    outer.nested = true;
                }
                tables.push(new Table(box, el));
            } else if (!tables.isEmpty()) {
                tables.peek().see(el, tag);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            Box box = stack.peek();
            if (box == null || box.element != el) {
                if ("head".equals(el.normalName()) || "html".equals(el.normalName())) {
                    return FilterResult.CONTINUE;
                }
                return FilterResult.CONTINUE;
            }
            stack.pop();
            box.openRun = null;
            String tag = box.tag;
            switch (tag) {
                case "a" -> links--;
                case "code" -> codeDepth--;
                case "table" -> tables.pop().close();
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().endRow();
                    }
                }
                default -> {
                }
            }
            if ("a".equals(tag)) {
                box.totalLinks++;
            }
            for (Box child : box.children) {
                box.totalChars += child.totalChars;
                box.totalWords += child.totalWords;
                box.totalLinks += child.totalLinks;
                box.totalLinkWords += child.totalLinkWords;
                if (child.isRun()) {
                    box.brSplit |= child.afterBreaks;
                }
            }
            box.container = "div".equals(tag) && (box.hasBlock || box.brSplit) || "p".equals(tag) && box.brSplit;
            Box parent = box.parent;
            Box parentElement = parent != null && parent.isRun() ? parent.parent : parent;
            boolean phrasing = PHRASING.contains(tag)
                    && !(("a".equals(tag) || "del".equals(tag) || "ins".equals(tag)) && box.nonPhrasingChild);
            if (parentElement != null) {
                if (box.hasBlock || BLOCKS.contains(tag)) {
                    parentElement.hasBlock = true;
                }
                if (!phrasing) {
                    parentElement.nonPhrasingChild = true;
                }
                if (parent.isRun()) {
                    parent.totalChars += box.totalChars;
                    parent.totalWords += box.totalWords;
                    parent.totalLinks += box.totalLinks;
                    parent.totalLinkWords += box.totalLinkWords;
                    if (!phrasing) {
                        eject(parent, box);
                    }
                }
            }
            if (parentElement != null) {
                parentElement.appendRaw(box.rawChars, box.rawLead, box.rawTrail);
            }
            if (box.bylineCandidate && box.totalChars > 0 && box.trimmedChars() < 100 && bylines.size() < MAX_CANDIDATES) {
                bylines.add(box);
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult outsideBody(Element el, String tag) {
            switch (tag) {
                case "body" -> {
                    body = new Box(el, "body", boxes.size());
                    boxes.add(body);
                    describe(body, el, tag);
                    body.unlikely = false;
                    stack.push(body);
                    return FilterResult.CONTINUE;
                }
                case "meta", "link", "script", "title" -> {
                    skipped(null, el, tag);
                    return FilterResult.SKIP_ENTIRELY;
                }
                default -> {
                    return "html".equals(tag) || "head".equals(tag) || "#root".equals(tag) ? FilterResult.CONTINUE
                            : FilterResult.SKIP_ENTIRELY;
                }
            }
        }

        private void skipped(Box parent, Element el, String tag) {
            switch (tag) {
                case "meta" -> meta.add(el);
                case "title" -> {
                    if (meta.documentTitle.isEmpty()) {
                        meta.documentTitle = el.text();
                    }
                }
                case "link" -> {
                    if (meta.canonical == null && "canonical".equalsIgnoreCase(el.attr("rel"))) {
                        String href = el.attr("href").strip();
                        if (!href.startsWith("http") && !el.baseUri().isEmpty()) {
                            href = el.absUrl("href");
                        }
                        meta.canonical = href.isEmpty() ? null : href;
                    }
                }
                case "script" -> {
                    if ("application/ld+json".equalsIgnoreCase(el.attr("type").strip())) {
                        jsonLd.add(el.data());
                    }
                }
                default -> {
                }
            }
            if (parent == null) {
                return;
            }
            code++;
            switch (tag) {
                case "input" -> parent.ownInputs++;
                case "iframe", "embed" -> {
                    if (!VIDEOS.matcher(el.attr("src")).find()) {
                        parent.ownEmbeds++;
                    }
                }
                case "object" -> {
                    if (!VIDEOS.matcher(el.attr("data")).find()) {
                        parent.ownEmbeds++;
                    }
                }
                default -> {
                }
            }
            if (!PHRASING.contains(tag)) {
                parent.openRun = null;
                parent.nonPhrasingChild = true;
            }
        }

        private void text(Box parent, TextNode node) {
            String text = node.getWholeText();
            int lead = 0;
            while (lead < text.length() && blank(text.charAt(lead))) {
                lead++;
            }
            int trail = 0;
            while (trail < text.length() - lead && blank(text.charAt(text.length() - 1 - trail))) {
                trail++;
            }
            parent.appendRaw(text.length(), lead, trail);
            int chars = 0;
            int commas = 0;
            int words = 0;
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c)) {
                    space = true;
                    continue;
                }
                if (space || chars == 0) {
                    words++;
                }
                if (space && chars > 0) {
                    chars++;
                }
                space = false;
                chars++;
                if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41'
                        || c == '\u2E34' || c == '\u2E32' || c == '\uFF0C') {
                    commas++;
                }
            }
            if (chars == 0) {
                return;
            }
            if (space || Character.isWhitespace(text.charAt(0))) {
                chars++;
            }
            parent.lastWasBreak = false;
            Box run = run(parent, node);
            run.ownChars += chars;
            run.totalChars += chars;
            run.ownCommas += commas;
            run.totalWords += words;
            if (links > 0) {
                run.ownLinkChars += chars * linkWeight;
                run.totalLinkWords += words;
            }
            run.last = node;
        }

        private Box run(Box parent, Node node) {
            Box run = parent.openRun;
            if (run == null) {
                run = new Box(null, Box.RUN, boxes.size());
                boxes.add(run);
                run.first = node;
                run.afterBreaks = parent.breakPending;
                parent.breakPending = false;
                parent.add(run);
                parent.openRun = run;
            }
            return run;
        }

        private void place(Box parent, Box box, Element el, String tag) {
            if (PHRASING.contains(tag)) {
                Box run = run(parent, el);
                boxes.add(box);
                run.add(box);
                run.last = el;
            } else {
                parent.openRun = null;
                boxes.add(box);
                parent.add(box);
            }
        }

        /** An inline element that turned out to hold blocks leaves its run and stands on its own. */
        private void eject(Box run, Box box) {
            Box parent = run.parent;
            run.children.remove(run.children.size() - 1);
            run.totalChars -= box.totalChars;
            run.totalWords -= box.totalWords;
            run.totalLinks -= box.totalLinks;
            run.totalLinkWords -= box.totalLinkWords;
            if (run.children.isEmpty() && run.ownChars == 0) {
                parent.children.remove(parent.children.size() - 1);
                run.parent = null;
            } else {
                run.last = box.element.previousSibling() != null ? box.element.previousSibling() : run.first;
            }
            parent.openRun = null;
            parent.add(box);
        }

        private void describe(Box box, Element el, String tag) {
            int byClass = hints.of(el.className());
            int byId = hints.of(el.id());
            box.hints = byClass | byId;
            box.weight = Hints.weight(byClass) + Hints.weight(byId);
            box.inCode = codeDepth > 0;
            boolean unlikelyWords = (box.hints & Hints.UNLIKELY) != 0 && (box.hints & Hints.MAYBE) == 0
                    && tables.isEmpty() && codeDepth == 0 && !"a".equals(tag) && !"body".equals(tag);
            String role = el.attr("role");
            box.unlikely = unlikelyWords || !role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT));
            if ("h1".equals(tag) || "h2".equals(tag)) {
                headings.add(box);
            }
            if (("author".equalsIgnoreCase(el.attr("rel"))
                    || el.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                    || (box.hints & Hints.BYLINE) != 0)) {
                box.bylineCandidate = true;
            }
            if (time == null) {
                if ("time".equals(tag) && (el.hasAttr("pubdate") || "datePublished".equals(el.attr("itemprop")))) {
                    time = el.attr("datetime").strip();
                    time = time.isEmpty() ? null : time;
                } else if ("datePublished".equals(el.attr("itemprop"))) {
                    String value = el.hasAttr("content") ? el.attr("content") : el.attr("datetime");
                    time = value.isBlank() ? null : value.strip();
                }
            }
        }
    }

    /** Readability's test for a table of data rather than of layout. */
    private static final class Table {
        final Box box;
        final Element element;
        int rows;
        int columns;
        int cells;
        boolean dataHint;
        boolean nested;

        Table(Box box, Element element) {
            this.box = box;
            this.element = element;
            dataHint = !element.attr("summary").isEmpty();
        }

        void see(Element el, String tag) {
            switch (tag) {
                case "tr" -> {
                    rows++;
                    cells = 0;
                }
                case "td", "th" -> {
                    cells += span(el.attr("colspan"));
                    dataHint |= "th".equals(tag);
                }
                case "col", "colgroup", "tfoot", "thead" -> dataHint = true;
                case "caption" -> dataHint |= el.childNodeSize() > 0;
                default -> {
                }
            }
        }

        void endRow() {
            columns = Math.max(columns, cells);
        }

        void close() {
            String role = element.attr("role");
            if ("presentation".equalsIgnoreCase(role) || "0".equals(element.attr("datatable"))) {
                box.dataTable = false;
            } else if (dataHint) {
                box.dataTable = true;
            } else if (nested || columns == 1 || rows == 1) {
                box.dataTable = false;
            } else {
                box.dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
            }
        }

        private static int span(String value) {
            try {
                return value.isEmpty() ? 1 : Math.max(1, Math.min(100, Integer.parseInt(value.strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    private static boolean blank(char c) {
        return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /** Hidden by the page: the hidden attribute, aria-hidden, or an inline display:none or visibility:hidden. */
    static boolean hidden(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        if (el.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(el.attr("aria-hidden").strip()) && !el.className().contains("fallback-image")) {
            return true;
        }
        if ("true".equals(el.attr("aria-modal")) && "dialog".equals(el.attr("role"))) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && (declares(style, "display", "none") || declares(style, "visibility", "hidden"));
    }

    private static boolean declares(String style, String property, String value) {
        String s = style.toLowerCase(Locale.ROOT);
        for (int at = s.indexOf(property); at >= 0; at = s.indexOf(property, at + 1)) {
            if (at > 0 && s.charAt(at - 1) == '-') {
                continue;
            }
            int i = at + property.length();
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                if (s.startsWith(value, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
