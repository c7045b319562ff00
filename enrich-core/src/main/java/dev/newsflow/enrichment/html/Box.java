package dev.newsflow.enrichment.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One element of the page's body, or one run of inline content inside an element (text and
 * inline elements between two blocks, or between two line-break pairs): what the extractor
 * scores and keeps or drops. Built in one walk of the DOM, so later steps never walk the DOM or
 * ask it for text again: each box keeps what its own text holds, and every step sums it up the
 * tree in one pass over the boxes.
 */
final class Box {

    static final String RUN = "#run";

    final Element element;
    final String tag;
    final int order;
    Box parent;
    List<Box> children = List.of();

    /** A run's first and last node (siblings inside its parent element). */
    Node first;
    Node last;
    /** A run that follows a pair of line breaks, which Readability turns into a paragraph. */
    boolean afterBreaks;

    // state of the walk that builds the tree
    Box openRun;
    boolean breakPending;
    boolean lastWasBreak;
    boolean nonPhrasingChild;
    boolean bylineCandidate;
    /** A heading's text, read once for the title checks. */
    String text;
    /** Characters of text in the whole subtree, as built (nothing pruned). */
    int totalChars;
    /** Characters of the subtree's text as written, white space and all, and how many of them lead and trail as white space. */
    int rawChars;
    int rawLead;
    int rawTrail;
    /** Words, links and words inside links in the whole subtree, as built. */
    int totalWords;
    int totalLinks;
    int totalLinkWords;

    // what this box holds itself (runs only hold text)
    int ownChars;
    float ownLinkChars;
    int ownCommas;
    int ownImages;
    int ownInputs;
    int ownEmbeds;

    // what the element says about itself
    int hints;
    int weight;
    boolean unlikely;
    boolean dataTable;
    boolean hasBlock;
    /** Holds runs split by line-break pairs. */
    boolean brSplit;
    /** A div that holds blocks, or a div or p whose text line-break pairs split: it stays a container. */
    boolean container;
    boolean inCode;
    boolean inFigure;
    boolean inDataTable;

    // sums over the kept subtree, recomputed for each attempt
    int chars;
    float linkChars;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int embeds;
    int headingChars;
    int listChars;
    int textishChars;
    boolean holdsDataTable;

    // the state of one attempt
    boolean pruned;
    /** Left out in this attempt, itself or through an ancestor (valid during a sweep of the parts). */
    boolean gone;
    /** A div that only wraps one p, which Readability replaces by the p. */
    boolean wrapsParagraph;
    /** Why this box itself was left out of the attempt (null when it was not). */
    ContentFinder.Drop selfPruned;
    /** One past the index of the last box of this box's subtree, in page order. */
    int end;
    boolean dropped;
    boolean scored;
    double score;

    Box(Element element, String tag, int order) {
        this.element = element;
        this.tag = tag;
        this.order = order;
    }

    /** Appends text (or a child's text) of the given length and leading and trailing white space. */
    void appendRaw(int chars, int lead, int trail) {
        boolean blankSoFar = rawLead == rawChars;
        boolean blankPart = lead == chars;
        if (blankSoFar) {
            rawLead = rawChars + lead;
        }
        rawTrail = blankPart ? rawTrail + chars : trail;
        rawChars += chars;
    }

    /** The length of the text as written, trimmed: what a browser's textContent.trim() gives. */
    int trimmedChars() {
        return rawLead == rawChars ? 0 : rawChars - rawLead - rawTrail;
    }

    boolean isRun() {
        return element == null;
    }

    void add(Box child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
        child.parent = this;
    }

    double linkDensity() {
        return chars == 0 ? 0 : linkChars / chars;
    }

    String className() {
        return element == null ? "" : element.className();
    }

    /** Paragraphs as Readability sees them: p, pre, td, section, h2 to h6, and divs with no blocks. */
    boolean isParagraphLike() {
        return switch (tag) {
            case "p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "div" -> !container;
            case RUN -> parent != null && (parent.container || afterBreaks);
            default -> false;
        };
    }

    /** A "p" as Readability's sibling rules see it: a p, a div with no blocks, or a run wrapped as one. */
    boolean isP() {
        return switch (tag) {
            case "p", "div" -> !container;
            case RUN -> parent != null && (parent.container || afterBreaks);
            default -> false;
        };
    }

    @Override
    public String toString() {
        return element == null ? RUN : "<" + tag + (element.id().isEmpty() ? "" : "#" + element.id())
                + (element.className().isEmpty() ? "" : "." + element.className().replace(' ', '.')) + ">";
    }
}
