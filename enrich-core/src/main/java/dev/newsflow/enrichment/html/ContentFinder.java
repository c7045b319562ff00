package dev.newsflow.enrichment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a page's {@link Box} tree the way Mozilla Readability does, on measured
 * boxes instead of a mutated DOM: every paragraph scores its ancestors by its length and commas
 * (less the further up), each candidate's score shrinks with its link density and grows or
 * shrinks with its class and id words; the best candidate (or a common ancestor of several good
 * ones) is kept with those of its siblings that score well or read like paragraphs; inside that,
 * blocks that look like furniture (link-dense, image galleries, forms, share widgets, asides,
 * footers) are dropped. When that leaves under 500 characters, it tries again with fewer
 * filters: first keeping unlikely-looking blocks, then ignoring class words, then dropping
 * nothing inside the article. Each attempt is a pass over the boxes, never over the DOM.
 */
final class ContentFinder {

    static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;
    private static final int MINIMUM_TOP_CANDIDATES = 3;
    private static final double LINK_PARAGRAPH_DENSITY = 0.6;
    /** Boxes whose text is read for a word check: small ones only, so nested wrappers never re-read a subtree. */
    private static final int SMALL_SUBTREE = 30;
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");
    private static final Set<String> EMPTY_REMOVED = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5",
            "h6");
    private static final Set<String> KEPT_AS_IS = Set.of("div", "article", "section", "p");
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** Why a box inside the article was dropped. */
    enum Drop { UNLIKELY, BYLINE, TITLE, FURNITURE, SHARE, HEADER, CONDITIONAL }

    /**
     * The article: its top-level parts in page order, and the boxes inside them left out, each
     * with why (the outermost only).
     */
    record Content(List<Box> parts, List<Box> left, List<Drop> why, Box byline, Box titleHeading) {
    }

    private final List<Box> boxes;
    private final Box body;
    private final Box byline;
    private final Box titleHeading;

    private boolean strip;
    private boolean weigh;
    private boolean clean;
    private final List<Box> candidates = new ArrayList<>();

    /**
     * @param byline        the byline element to leave out (null when none)
     * @param titleHeading  the heading that repeats the title, to leave out (null when none)
     */
    ContentFinder(PageTree tree, Box byline, Box titleHeading) {
        this.boxes = tree.boxes;
        this.body = tree.body;
        this.byline = byline;
        this.titleHeading = titleHeading;
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Box b = boxes.get(i);
            b.end = b.children.isEmpty() ? i + 1 : b.children.get(b.children.size() - 1).end;
        }
        for (Box b : boxes) {
            Box p = b.parent;
            if (p != null) {
                b.inFigure = p.inFigure || "figure".equals(p.tag);
                b.inDataTable = p.inDataTable || p.dataTable;
            }
        }
    }

    Content find() {
        int best = -1;
        int bestLength = -1;
        for (int attempt = 0; attempt < 4; attempt++) {
            Content content = attempt(attempt);
            int length = length(content);
            if (length >= CHAR_THRESHOLD) {
                return content;
            }
            if (length > bestLength) {
                best = attempt;
                bestLength = length;
            }
        }
        return attempt(best);
    }

    private static int length(Content content) {
        int n = 0;
        for (Box part : content.parts()) {
            n += part.chars;
        }
        return n;
    }

    private Content attempt(int attempt) {
        strip = attempt < 1;
        weigh = attempt < 2;
        clean = attempt < 3;
        prune();
        sum();
        score();
        Box top = top();
        List<Box> parts = siblings(top);
        List<Box> left = new ArrayList<>();
        List<Drop> why = new ArrayList<>();
        collectPruned(parts, left, why);
        prepare(parts, left, why);
        return new Content(parts, left, why, byline, titleHeading);
    }

    // ---- pruning and sums -------------------------------------------------------------------

    private boolean alive(Box b) {
        return b.parent != null || b == body;
    }

    private void prune() {
        for (Box b : boxes) {
            b.pruned = false;
            b.dropped = false;
            b.scored = false;
            b.score = 0;
            b.selfPruned = null;
            if (!alive(b) || b == body) {
                continue;
            }
            Drop self = b == byline ? Drop.BYLINE : b == titleHeading ? Drop.TITLE
                    : strip && b.unlikely ? Drop.UNLIKELY : null;
            if (self == null && EMPTY_REMOVED.contains(b.tag) && b.totalChars == 0 && b.children.isEmpty()
                    && b.ownImages == 0 && b.ownEmbeds == 0) {
                self = Drop.FURNITURE;
            }
            b.selfPruned = self;
            b.pruned = self != null || b.parent.pruned;
        }
    }

    private void sum() {
        for (Box b : boxes) {
            reset(b);
        }
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Box b = boxes.get(i);
            if (!alive(b) || b.pruned) {
                continue;
            }
            finish(b);
            if (b.parent != null) {
                addTo(b.parent, b);
            }
        }
    }

    /** Adds what a box holds itself once its children are summed. */
    private static void finish(Box b) {
        b.wrapsParagraph = wrapsOneParagraph(b);
        if (b.isP()) {
            b.paragraphs++;
        }
        switch (b.tag) {
            case "li" -> b.items++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> b.headingChars = b.chars;
            case "ul", "ol" -> b.listChars += b.chars;
            default -> {
            }
        }
    }

    private static void addTo(Box parent, Box b) {
        parent.chars += b.chars;
        parent.linkChars += b.linkChars;
        parent.commas += b.commas;
        parent.images += b.images;
        parent.inputs += b.inputs;
        parent.embeds += b.embeds;
        parent.paragraphs += b.paragraphs;
        parent.items += b.items;
        parent.headingChars += b.headingChars;
        parent.listChars += b.listChars;
        parent.textishChars += b.textishChars + (TEXTISH.contains(b.tag) || b.isP() ? b.chars : 0);
        parent.holdsDataTable |= b.dataTable || b.holdsDataTable;
    }

    // ---- scoring ----------------------------------------------------------------------------

    private void score() {
        candidates.clear();
        for (Box b : boxes) {
            if (!alive(b) || b.pruned || !b.isParagraphLike() || b.chars < 25) {
                continue;
            }
            double score = 1 + b.commas + Math.min(b.chars / 100, 3);
            Box a = up(b);
            for (int level = 0; a != null && level < 5; level++, a = up(a)) {
                if (!a.scored) {
                    initialize(a);
                }
                a.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        for (Box c : candidates) {
            c.score *= 1 - c.linkDensity();
        }
    }

    /** The ancestor a box scores: its parent element, passing over runs and divs that only wrap a p. */
    private static Box up(Box b) {
        Box a = b.parent;
        while (a != null && (a.isRun() || a.wrapsParagraph)) {
            a = a.parent;
        }
        return a;
    }

    /** A div whose only content is one p, which Readability replaces by that p. */
    private static boolean wrapsOneParagraph(Box b) {
        if (!"div".equals(b.tag) || b.children.isEmpty()) {
            return false;
        }
        Box only = null;
        for (Box child : b.children) {
            if (child.pruned) {
                continue;
            }
            if (child.isRun()) {
                if (child.chars > 0 || !child.children.isEmpty()) {
                    return false;
                }
                continue;
            }
            if (only != null) {
                return false;
            }
            only = child;
        }
        return only != null && "p".equals(only.tag) && !only.container && b.linkDensity() < 0.25;
    }

    private void initialize(Box a) {
        a.scored = true;
        String tag = "div".equals(a.tag) && !a.container ? "p" : "p".equals(a.tag) && a.container ? "div" : a.tag;
        a.score = switch (tag) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        a.score += weigh ? a.weight : 0;
        candidates.add(a);
    }

    private Box top() {
        Box[] top = new Box[TOP_CANDIDATES];
        for (Box c : candidates) {
            for (int t = 0; t < TOP_CANDIDATES; t++) {
                if (top[t] == null || c.score > top[t].score) {
                    System.arraycopy(top, t, top, t + 1, TOP_CANDIDATES - t - 1);
                    top[t] = c;
                    break;
                }
            }
        }
        Box best = top[0];
        if (best == null || best == body) {
            return body;
        }
        int alternatives = 0;
        for (int t = 1; t < TOP_CANDIDATES; t++) {
            if (top[t] != null && top[t].score / best.score >= 0.75) {
                alternatives++;
            }
        }
        if (alternatives >= MINIMUM_TOP_CANDIDATES) {
            for (Box p = parentOf(best); p != null && p != body; p = parentOf(p)) {
                int holding = 0;
                for (int t = 1; t < TOP_CANDIDATES && holding < MINIMUM_TOP_CANDIDATES; t++) {
                    if (top[t] != null && top[t].score / best.score >= 0.75 && isAncestor(p, top[t])) {
                        holding++;
                    }
                }
                if (holding >= MINIMUM_TOP_CANDIDATES) {
                    best = p;
                    break;
                }
            }
        }
        if (!best.scored) {
            initialize(best);
        }
        double last = best.score;
        double threshold = last / 3;
        for (Box p = parentOf(best); p != null && p != body; p = parentOf(p)) {
            if (!p.scored) {
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > last) {
                best = p;
                break;
            }
            last = p.score;
        }
        for (Box p = parentOf(best); p != null && p != body && contentChildren(p) == 1; p = parentOf(p)) {
            best = p;
        }
        if (!best.scored) {
            initialize(best);
        }
        return best;
    }

    private static Box parentOf(Box b) {
        Box p = b.parent;
        while (p != null && p.isRun()) {
            p = p.parent;
        }
        return p;
    }

    private static boolean isAncestor(Box ancestor, Box b) {
        return b.order > ancestor.order && b.order < ancestor.end;
    }

    /** Children Readability would still see as elements: not pruned, not empty divs. */
    private static int contentChildren(Box p) {
        int n = 0;
        for (Box child : p.children) {
            if (!child.pruned && (child.chars > 0 || child.images > 0 || child.embeds > 0)) {
                n++;
            }
        }
        return n;
    }

    private List<Box> siblings(Box top) {
        List<Box> parts = new ArrayList<>();
        Box parent = parentOf(top);
        if (top == body || parent == null) {
            parts.add(top);
            return parts;
        }
        double threshold = Math.max(10, top.score * 0.2);
        String topClass = top.className();
        for (Box sibling : parent.children) {
            if (sibling.pruned) {
                continue;
            }
            boolean append = sibling == top;
            if (!append) {
                double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? top.score * 0.2 : 0;
                if (sibling.scored && sibling.score + bonus >= threshold) {
                    append = true;
                } else if (sibling.isP()) {
                    double density = sibling.linkDensity();
                    int length = sibling.chars;
                    if (length > 80 && density < 0.25) {
                        append = true;
                    } else if (length < 80 && length > 0 && density == 0
                            && SENTENCE_END.matcher(BlockText.flat(sibling)).find()) {
                        append = true;
                    }
                }
            }
            if (append) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private void collectPruned(List<Box> parts, List<Box> left, List<Drop> why) {
        for (Box part : parts) {
            for (int i = part.order + 1; i < part.end; i++) {
                Box b = boxes.get(i);
                if (b.selfPruned != null && alive(b) && !b.parent.pruned) {
                    left.add(b);
                    why.add(b.selfPruned);
                }
            }
        }
    }

    // ---- cleaning inside the article --------------------------------------------------------

    private void prepare(List<Box> parts, List<Box> left, List<Drop> why) {
        pass(parts, Set.of("form", "fieldset"), left, why);
        forEachInside(parts, true, b -> "footer".equals(b.tag) || "aside".equals(b.tag), Drop.FURNITURE, left, why);
        forEachInside(parts, false, b -> (b.hints & Hints.SHARE) != 0 && b.totalChars < CHAR_THRESHOLD, Drop.SHARE,
                left, why);
        if (weigh) {
            forEachInside(parts, true, b -> ("h1".equals(b.tag) || "h2".equals(b.tag)) && b.weight < 0, Drop.HEADER,
                    left, why);
        }
        pass(parts, Set.of("table"), left, why);
        pass(parts, Set.of("ul"), left, why);
        pass(parts, Set.of("div"), left, why);
        if (clean) {
            forEachInside(parts, false, ContentFinder::linkParagraph, Drop.CONDITIONAL, left, why);
        }
        pass(parts, Set.of(), left, why);
    }

    /**
     * A paragraph that is mostly links: a "Related: ..." line or headlines set as text. Readability
     * keeps these (it cleans only tables, lists and divs); trafilatura and jusText drop them.
     */
    private static boolean linkParagraph(Box b) {
        return b.isP() && b.chars > 0 && b.linkDensity() > LINK_PARAGRAPH_DENSITY;
    }

    private interface Test {
        boolean test(Box b);
    }

    /** Drops the boxes inside the parts that pass the test, outermost first, in page order. */
    private void forEachInside(List<Box> parts, boolean includeParts, Test test, Drop reason, List<Box> left,
            List<Drop> why) {
        for (Box part : parts) {
            if (part.dropped) {
                continue;
            }
            for (int i = part.order; i < part.end; i++) {
                Box b = boxes.get(i);
                b.gone = !alive(b) || b.pruned || b.dropped || b != part && b.parent.gone;
                if (!b.gone && !b.isRun() && (includeParts || b != part) && test.test(b)) {
                    drop(b, reason, left, why);
                    b.gone = true;
                }
            }
        }
    }

    private static void drop(Box b, Drop reason, List<Box> left, List<Drop> why) {
        b.dropped = true;
        left.add(b);
        why.add(reason);
    }

    /**
     * Readability's conditional cleaning of the given tags: one sweep from the last box to the
     * first, so each box is judged on what is left of its subtree; the sums of the parts are
     * rebuilt on the way.
     */
    private void pass(List<Box> parts, Set<String> tags, List<Box> left, List<Drop> why) {
        for (Box part : parts) {
            for (int i = part.order; i < part.end; i++) {
                Box b = boxes.get(i);
                b.gone = !alive(b) || b.pruned || b.dropped || b != part && b.parent.gone;
                if (!b.gone) {
                    reset(b);
                }
            }
        }
        for (int p = parts.size() - 1; p >= 0; p--) {
            Box part = parts.get(p);
            for (int i = part.end - 1; i >= part.order; i--) {
                Box b = boxes.get(i);
                if (b.gone) {
                    continue;
                }
                finish(b);
                if (clean && !b.isRun() && tags.contains(effectiveTag(b, part)) && shouldDrop(b, effectiveTag(b, part))) {
                    drop(b, Drop.CONDITIONAL, left, why);
                    continue;
                }
                if (b != part) {
                    addTo(b.parent, b);
                }
            }
        }
    }

    private static void reset(Box b) {
        b.chars = b.ownChars;
        b.linkChars = b.ownLinkChars;
        b.commas = b.ownCommas;
        b.images = b.ownImages;
        b.inputs = b.ownInputs;
        b.embeds = b.ownEmbeds;
        b.paragraphs = 0;
        b.items = 0;
        b.headingChars = 0;
        b.listChars = 0;
        b.textishChars = 0;
        b.holdsDataTable = false;
    }

    /** The tag Readability would see: leaf divs became p, p split by breaks became div, odd parts became div. */
    private static String effectiveTag(Box b, Box part) {
        if (b == part && !KEPT_AS_IS.contains(b.tag)) {
            return "div";
        }
        if ("div".equals(b.tag)) {
            return b.container ? "div" : "p";
        }
        if ("p".equals(b.tag) && b.container) {
            return "div";
        }
        return b.tag;
    }

    private boolean shouldDrop(Box b, String tag) {
        if ("table".equals(tag) && b.dataTable || b.holdsDataTable || b.inCode || b.inDataTable) {
            return false;
        }
        boolean isList = "ul".equals(tag) || "ol".equals(tag) || b.chars > 0 && (double) b.listChars / b.chars > 0.9;
        int weight = weigh ? b.weight : 0;
        if (weight < 0) {
            return true;
        }
        if (b.commas >= 10) {
            return false;
        }
        int p = b.paragraphs;
        int img = b.images;
        int li = b.items - 100;
        int input = b.inputs;
        double headingDensity = b.chars == 0 ? Double.NaN : (double) b.headingChars / b.chars;
        int embeds = b.embeds;
        if (b.chars > 0 && b.chars < 40 && b.end - b.order < SMALL_SUBTREE) {
            String text = BlockText.flat(b);
            if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
                return true;
            }
        }
        double linkDensity = b.linkDensity();
        double textDensity = b.chars == 0 ? Double.NaN : (double) b.textishChars / b.chars;
        boolean figure = b.inFigure;
        int length = b.chars;
        boolean drop = !figure && img > 1 && (double) p / img < 0.5
                || !isList && li > p
                || input > p / 3
                || !isList && !figure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && linkDensity > 0
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || img == 0 && textDensity == 0;
        if (isList && drop) {
            for (Box child : b.children) {
                if (child.children.size() > 1) {
                    return true;
                }
            }
            return img != b.items;
        }
        return drop;
    }
}
