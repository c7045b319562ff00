package dev.newsflow.enrichment.html;

import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The removals of one page, one entry per removed block, each saying what the block was and
 * summarising it: "navigation: 42 links (Home, World, Sport, …)" or "sidebar: 85 words (Most
 * read …)". Bounded: past {@value #MAX_ENTRIES} entries the rest is counted in one more.
 */
final class RemovalLog {

    static final int MAX_ENTRIES = 40;
    private static final int SNIPPET_CHARS = 100;
    private static final int LINKS_SHOWN = 4;
    private static final Pattern AD_WORD = Pattern.compile("(^|[^a-z])(ad|ads|advert\\w*|sponsor\\w*|promo\\w*)([^a-z]|$)");

    private final List<Removal> entries = new ArrayList<>();
    private int moreBlocks;
    private int moreWords;

    /** A label and a reason for what a block's tag, role and class or id say it is, or null. */
    record Kind(String label, RemovalReason reason) {
    }

    static Kind kindOf(Element el) {
        String tag = el.normalName();
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if ("nav".equals(tag) || "navigation".equals(role) || "menu".equals(role) || "menubar".equals(role)
                || names.contains("nav") || names.contains("menu") || names.contains("breadcrumb")) {
            return new Kind("navigation", RemovalReason.NAVIGATION);
        }
        if (names.contains("related") || names.contains("recommend") || names.contains("more-stories")
                || names.contains("trending") || names.contains("popular") || names.contains("outbrain")
                || names.contains("taboola") || names.contains("read-more") || names.contains("readmore")) {
            return new Kind("related stories", RemovalReason.RELATED_CONTENT);
        }
        if (names.contains("comment") || names.contains("disqus") || names.contains("replies")
                || names.contains("respond")) {
            return new Kind("comments", RemovalReason.BOILERPLATE_PATTERN);
        }
        if (names.contains("share") || names.contains("social") || names.contains("sharing")) {
            return new Kind("share buttons", RemovalReason.BOILERPLATE_PATTERN);
        }
        if (names.contains("cookie") || names.contains("consent") || names.contains("gdpr")) {
            return new Kind("cookie notice", RemovalReason.BOILERPLATE_PATTERN);
        }
        if (names.contains("newsletter") || names.contains("subscri") || names.contains("signup")
                || names.contains("sign-up")) {
            return new Kind("newsletter sign-up", RemovalReason.BOILERPLATE_PATTERN);
        }
        if ("footer".equals(tag) || "contentinfo".equals(role) || names.contains("footer")) {
            return new Kind("footer", RemovalReason.HTML_NON_CONTENT);
        }
        if ("header".equals(tag) || "banner".equals(role) || names.contains("header") || names.contains("masthead")) {
            return new Kind("page header", RemovalReason.HTML_NON_CONTENT);
        }
        if ("aside".equals(tag) || "complementary".equals(role) || names.contains("sidebar")
                || names.contains("rail")) {
            return new Kind("sidebar", RemovalReason.HTML_NON_CONTENT);
        }
        if (AD_WORD.matcher(names).find()) {
            return new Kind("advertising", RemovalReason.HTML_NON_CONTENT);
        }
        if ("form".equals(tag)) {
            return new Kind("form", RemovalReason.BOILERPLATE_PATTERN);
        }
        return null;
    }

    /** Logs a removed box; {@code fallback} names it when its tag and class say nothing. */
    void add(Box box, String fallback, RemovalReason reason) {
        Kind kind = box.element == null ? null : kindOf(box.element);
        Digest digest = Digest.of(box);
        if (digest.words == 0) {
            return;
        }
        if (kind == null && digest.linky()) {
            kind = new Kind(fallback.equals("outside the article") ? "links" : fallback, RemovalReason.NAVIGATION);
        }
        add(kind == null ? fallback : kind.label(), kind == null ? reason : kind.reason(), digest);
    }

    /** Logs a removed block with the given label and reason whatever its class says. */
    void addAs(Box box, String label, RemovalReason reason) {
        Digest digest = Digest.of(box);
        if (digest.words > 0) {
            add(label, reason, digest);
        }
    }

    void addHidden(Element element) {
        Digest digest = new Digest();
        NodeTraversor.filter(digest, element);
        if (digest.words > 0) {
            add("hidden", RemovalReason.HTML_NON_CONTENT, digest);
        }
    }

    void note(String text, RemovalReason reason) {
        entries.add(new Removal(text, reason));
    }

    private void add(String label, RemovalReason reason, Digest digest) {
        if (entries.size() >= MAX_ENTRIES) {
            moreBlocks++;
            moreWords += digest.words;
            return;
        }
        entries.add(new Removal(label + ": " + digest.summary(), reason));
    }

    List<Removal> toList() {
        List<Removal> all = new ArrayList<>(entries);
        if (moreBlocks > 0) {
            all.add(new Removal("(" + moreBlocks + " more blocks, " + moreWords + " words)",
                    RemovalReason.HTML_NON_CONTENT));
        }
        return all;
    }

    /** Words, links and the first characters of a block, gathered in one walk of it. */
    private static final class Digest implements NodeFilter {
        int words;
        int linkWords;
        int links;
        /** Counts come from the box: the walk only gathers the snippet and the first link texts. */
        boolean counted;
        private int inLink;
        private final StringBuilder snippet = new StringBuilder();
        private final List<String> linkTexts = new ArrayList<>();
        private StringBuilder linkText;
        private boolean space = true;

        static Digest of(Box box) {
            Digest digest = new Digest();
            digest.counted = true;
            digest.words = box.totalWords;
            digest.links = box.totalLinks;
            digest.linkWords = box.totalLinkWords;
            if (box.element != null) {
                NodeTraversor.filter(digest, box.element);
            } else {
                for (Node node = box.first; node != null; node = node.nextSibling()) {
                    NodeTraversor.filter(digest, node);
                    if (node == box.last || digest.done()) {
                        break;
                    }
                }
            }
            return digest;
        }

        /** Snippet and link texts gathered: the rest of the block need not be walked. */
        boolean done() {
            return counted && snippet.length() >= SNIPPET_CHARS
                    && (linkTexts.size() >= LINKS_SHOWN || linkTexts.size() >= links);
        }

        boolean linky() {
            return links >= 3 && linkWords * 2 > words;
        }

        String summary() {
            if (linky()) {
                StringBuilder s = new StringBuilder().append(links).append(" links (");
                s.append(String.join(", ", linkTexts));
                if (links > linkTexts.size()) {
                    s.append(", …");
                }
                return s.append(')').toString();
            }
            String text = snippet.toString().strip();
            return words + (words == 1 ? " word (" : " words (") + text + (snippet.length() >= SNIPPET_CHARS ? " …)" : ")");
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    boolean white = Character.isWhitespace(c) || c == '\u00A0';
                    if (!white && space && !counted) {
                        words++;
                        if (inLink > 0) {
                            linkWords++;
                        }
                    }
                    if (snippet.length() < SNIPPET_CHARS && !(white && (snippet.isEmpty()
                            || snippet.charAt(snippet.length() - 1) == ' '))) {
                        snippet.append(white ? ' ' : c);
                    }
                    if (linkText != null && linkText.length() < 40 && !(white && (linkText.isEmpty()
                            || linkText.charAt(linkText.length() - 1) == ' '))) {
                        linkText.append(white ? ' ' : c);
                    }
                    space = white;
                }
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (PageTree.SKIPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (done()) {
                    return FilterResult.STOP;
                }
                if ("a".equals(tag)) {
                    inLink++;
                    if (!counted) {
                        links++;
                    }
                    if (linkTexts.size() < LINKS_SHOWN) {
                        linkText = new StringBuilder();
                    }
                }
                if (snippet.length() > 0 && snippet.length() < SNIPPET_CHARS
                        && snippet.charAt(snippet.length() - 1) != ' ' && !"a".equals(tag) && !"span".equals(tag)) {
                    snippet.append(' ');
                }
                space = true;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && "a".equals(el.normalName())) {
                inLink--;
                if (linkText != null) {
                    String t = linkText.toString().strip();
                    if (!t.isEmpty()) {
                        linkTexts.add(t.length() >= 40 ? t + "…" : t);
                    }
                    linkText = null;
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
