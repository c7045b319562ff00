package dev.newsflow.enrichment.clean;

import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.lexicon.WordLists;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the story from the page around it in scraped text, where the markup that extractors go by
 * is gone: each line (a block of the page) is judged by what plain text still carries, then by its
 * neighbours, as jusText does. Prose is long and dense in function words ("the", "of", "und",
 * "que"); menus, button rows, headlines and footers are short, sparse in them, and come in runs.
 * A line that is short or borderline takes the side of the lines around it, so a story's
 * subheadings and list items stay with the story while a menu entry between menus goes. A very long
 * line (one-line scrapes) is judged sentence by sentence, and a sentence that starts with a run of
 * menu words is split where the prose begins.
 */
final class StoryBlocks {

    /** Shorter blocks (in characters) are judged by their neighbours. */
    static final int LENGTH_LOW = 70;
    /** Longer blocks dense in function words are story on their own. */
    static final int LENGTH_HIGH = 200;
    /** Function-word density at or above which a block may be story; between the two it is borderline. */
    static final double STOP_LOW = 0.25;
    static final double STOP_HIGH = 0.30;
    /**
     * Fewer blocks shaped like furniture (no prose, or a fragment that does not end like a
     * sentence) than this: the text is an article, not a page, and is left to the patterns.
     */
    static final int MIN_FURNITURE_BLOCKS = 5;
    /** More short blocks in a row than this are furniture wherever they are, unless they form a list. */
    static final int MAX_SHORT_RUN = 8;
    /** A short block of at least this many words that ends like a sentence, dense in function words, is borderline. */
    static final int MIN_SENTENCE_WORDS = 6;
    /** A line with more words than this is judged sentence by sentence. */
    static final int SPLIT_WORDS = 80;
    /** Words in a row without a function word or a lower-case word that mark a menu inside a sentence. */
    static final int MENU_WINDOW = 7;

    private static final IntSet FUNCTION_WORDS = IntSet.ofHashes(WordLists.lines(StoryBlocks.class, "function-words.txt"));

    /**
     * GOOD is story, BAD is not; NEAR_GOOD and SHORT are undecided until their neighbours are
     * known. SKIP is a short block already removed (an "Advertisement" line inside the story, a
     * menu entry): it stays removed and its neighbours look past it.
     */
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD, SKIP }

    /** Consecutive pieces judged together: a line, or one sentence of a very long line. */
    static final class Block {
        final int from;
        final int to;
        int chars;
        int words;
        int functionWords;
        int lowerCase;
        boolean endsSentence;
        boolean known;
        Kind kind;

        Block(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /**
         * How much the block reads like prose: its share of function words, or half its share of
         * words starting in lower case (languages light in function words, such as Czech, still
         * write most words of a sentence in lower case; menus and headlines do not).
         */
        double density() {
            return words == 0 ? 0 : Math.max((double) functionWords / words, 0.5 * lowerCase / words);
        }

        @Override
        public String toString() {
            return kind + " " + from + ".." + to + " c" + chars + " w" + words + " d" + String.format("%.2f", density());
        }
    }

    private StoryBlocks() {
    }

    /**
     * Splits sentences that open with a menu run (one-line scrapes) so that the menu and the
     * sentence are judged apart. Returns the (possibly longer) list.
     */
    static List<Piece> splitMenuRuns(List<Piece> pieces) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            int cut = piece.kept() && piece.words > 2 * MENU_WINDOW ? proseStart(piece) : 0;
            if (cut > 0) {
                if (out == null) {
                    out = new ArrayList<>(pieces.subList(0, i));
                }
                Piece head = piece.before(cut, null);
                head.removedFor = null;
                out.add(head);
                Piece rest = piece.after(cut);
                if (rest != null) {
                    out.add(rest);
                    head.whole = piece;
                    head.rest = rest;
                }
            } else if (out != null) {
                out.add(piece);
            }
        }
        return out == null ? pieces : out;
    }

    /**
     * Puts back together a sentence {@link #splitMenuRuns} split when both its parts were kept: the
     * head was no menu after all (a dateline such as "Saint Petersburg (Vereinigte Staaten),
     * 14.03.2006 – Heute wurde …"), and the story's sentence is whole again.
     */
    static List<Piece> rejoin(List<Piece> pieces) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean whole = piece.whole != null && i + 1 < pieces.size() && pieces.get(i + 1) == piece.rest
                    && piece.kept() && piece.rest.kept();
            if (whole) {
                if (out == null) {
                    out = new ArrayList<>(pieces.subList(0, i));
                }
                out.add(piece.whole);
                i++;
            } else if (out != null) {
                out.add(piece);
            }
        }
        return out == null ? pieces : out;
    }

    /**
     * Word index where prose starts after a run of menu words, or 0: the word after the last
     * window of {@value #MENU_WINDOW} words with no function word and no lower-case word, when
     * prose (a function word within the next few words) follows it.
     */
    static int proseStart(Piece piece) {
        int[] hashes = piece.wordHashes();
        boolean[] plain = plainWords(piece);
        int n = hashes.length;
        int run = 0;
        int lastMenuEnd = 0;
        for (int w = 0; w < n; w++) {
            boolean menuLike = !plain[w] && !FUNCTION_WORDS.contains(hashes[w]);
            run = menuLike ? run + 1 : 0;
            if (run >= MENU_WINDOW) {
                lastMenuEnd = w + 1;
            }
        }
        if (lastMenuEnd == 0 || n - lastMenuEnd < MENU_WINDOW) {
            return 0;
        }
        int function = 0;
        for (int w = lastMenuEnd; w < Math.min(n, lastMenuEnd + 12); w++) {
            if (FUNCTION_WORDS.contains(hashes[w])) {
                function++;
            }
        }
        return function >= 2 ? lastMenuEnd : 0;
    }

    /** Per word of the key: true when it starts lower-case in the text (a word prose has, menus rarely). */
    private static boolean[] plainWords(Piece piece) {
        boolean[] plain = new boolean[piece.words];
        String text = piece.text;
        int word = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && word < plain.length; i++) {
            char c = text.charAt(i);
            boolean wordChar = dev.newsflow.enrichment.text.Words.isWordChar(c);
            if (wordChar && !inWord) {
                plain[word++] = Character.isLowerCase(c);
            }
            inWord = wordChar || (inWord && (c == '\'' || c == '’'));
        }
        return plain;
    }

    /** Marks the kept pieces of blocks that are not story. */
    static void mark(List<Piece> pieces) {
        for (Block b : classify(pieces)) {
            if (b.kind != Kind.BAD || b.known) {
                continue;
            }
            RemovalReason reason = reasonFor(b, pieces);
            for (int i = b.from; i < b.to; i++) {
                Piece piece = pieces.get(i);
                if (piece.kept()) {
                    piece.removedFor = reason;
                }
            }
        }
    }

    /** The blocks of the text, each judged GOOD (story) or BAD. */
    static List<Block> classify(List<Piece> pieces) {
        List<Block> blocks = blocks(pieces);
        for (int i = 0; i < blocks.size(); i++) {
            // a lone short removal ("Advertisement") inside a story is no evidence against its neighbours
            Block b = blocks.get(i);
            boolean lone = (i == 0 || !blocks.get(i - 1).known) && (i + 1 == blocks.size() || !blocks.get(i + 1).known);
            if (b.known && b.chars < LENGTH_HIGH && lone) {
                b.kind = Kind.SKIP;
            }
        }
        boolean anyGood = false;
        boolean anyNearGood = false;
        int furniture = 0;
        for (Block b : blocks) {
            anyGood |= b.kind == Kind.GOOD;
            anyNearGood |= b.kind == Kind.NEAR_GOOD;
            furniture += b.kind == Kind.BAD || (b.kind == Kind.SHORT && !b.endsSentence) ? 1 : 0;
        }
        if (furniture < MIN_FURNITURE_BLOCKS || (!anyGood && !anyNearGood)) {
            // a bare article with a line or two of furniture (the patterns deal with those), or no prose at all
            blocks.forEach(b -> b.kind = b.known ? b.kind : Kind.GOOD);
            return blocks;
        }
        if (!anyGood) {
            for (Block b : blocks) {
                if (b.kind == Kind.NEAR_GOOD) {
                    b.kind = Kind.GOOD;
                }
            }
        }
        promoteProseRuns(blocks);
        reviseShort(blocks, pieces);
        reviseNearGood(blocks);
        keepMainRegion(blocks);
        return blocks;
    }

    /** Furniture blocks in a row that part two regions of text. */
    static final int GAP = 6;
    /** A region smaller than this share of the largest is not part of the story. */
    static final double MIN_REGION_SHARE = 0.3;

    /**
     * Story text comes as one region, interrupted at most by a few lines (a caption, an
     * advertisement, a "Related:" line). Prose far from it, beyond a run of furniture, belongs
     * to something else: a live feed, comments, another story's teaser. Clusters of story blocks
     * separated by {@value #GAP}+ furniture blocks are told apart and only the largest is kept,
     * with any other at least half its size.
     */
    private static void keepMainRegion(List<Block> blocks) {
        List<int[]> clusters = new ArrayList<>(); // {first block, last block, chars}
        int bad = GAP;
        int[] current = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Kind.GOOD) {
                if (current == null || bad >= GAP) {
                    current = new int[] {i, i, 0};
                    clusters.add(current);
                }
                current[1] = i;
                current[2] += b.chars;
                bad = 0;
            } else if (b.kind == Kind.BAD) {
                bad++;
            }
        }
        if (clusters.size() < 2) {
            return;
        }
        int largest = 0;
        for (int[] c : clusters) {
            largest = Math.max(largest, c[2]);
        }
        for (int[] c : clusters) {
            if (c[2] < MIN_REGION_SHARE * largest) {
                for (int i = c[0]; i <= c[1]; i++) {
                    if (blocks.get(i).kind == Kind.GOOD) {
                        blocks.get(i).kind = Kind.BAD;
                    }
                }
            }
        }
    }

    static List<Block> blocks(List<Piece> pieces) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        int n = pieces.size();
        while (i < n) {
            int line = pieces.get(i).line;
            int j = i;
            int words = 0;
            while (j < n && pieces.get(j).line == line) {
                words += pieces.get(j).words;
                j++;
            }
            if (words > SPLIT_WORDS) {
                for (int k = i; k < j; k++) {
                    blocks.add(judge(new Block(k, k + 1), pieces));
                }
            } else {
                blocks.add(judge(new Block(i, j), pieces));
            }
            i = j;
        }
        return blocks;
    }

    private static Block judge(Block b, List<Piece> pieces) {
        boolean anyKept = false;
        int cjk = 0;
        for (int i = b.from; i < b.to; i++) {
            Piece piece = pieces.get(i);
            anyKept |= piece.kept();
            b.chars += piece.text.length() + (i > b.from ? 1 : 0);
            b.words += piece.words;
            for (int h : piece.wordHashes()) {
                if (FUNCTION_WORDS.contains(h)) {
                    b.functionWords++;
                }
            }
            cjk += countCjk(piece.text);
            for (boolean plain : plainWords(piece)) {
                if (plain) {
                    b.lowerCase++;
                }
            }
        }
        char last = pieces.get(b.to - 1).lastChar();
        b.endsSentence = isSentenceEnd(last);
        if (!anyKept) {
            b.kind = Kind.BAD;
            b.known = true;
            return b;
        }
        int length = b.chars + 2 * cjk;
        double density = cjk * 2 > b.chars ? (hasCjkProsePunctuation(pieces, b) ? 1 : 0) : b.density();
        if (length < LENGTH_LOW) {
            // a whole sentence of prose ("He declined to comment.") is borderline, not a fragment
            b.kind = b.endsSentence && b.words >= MIN_SENTENCE_WORDS && density >= STOP_HIGH ? Kind.NEAR_GOOD : Kind.SHORT;
        } else if (density >= STOP_HIGH) {
            b.kind = length > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
        } else if (density >= STOP_LOW) {
            b.kind = Kind.NEAR_GOOD;
        } else {
            b.kind = Kind.BAD;
        }
        if (!b.endsSentence && b.kind != Kind.BAD) {
            b.kind = Kind.SHORT; // a headline, a teaser or a list item: story only between story
        }
        return b;
    }

    static final int RUN_CHARS = 400;

    /**
     * Consecutive borderline blocks that together make {@value #RUN_CHARS}+ characters are
     * story: news is written in short paragraphs, one or two sentences each, which alone look
     * no different from a teaser; furniture does not come as several sentences in a row.
     */
    private static void promoteProseRuns(List<Block> blocks) {
        int start = -1;
        int chars = 0;
        int count = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            Block b = i < blocks.size() ? blocks.get(i) : null;
            if (b != null && b.kind == Kind.SKIP) {
                continue;
            }
            if (b != null && b.kind == Kind.NEAR_GOOD) {
                if (start < 0) {
                    start = i;
                    chars = 0;
                    count = 0;
                }
                chars += b.chars;
                count++;
                continue;
            }
            if (start >= 0 && count >= 2 && chars >= RUN_CHARS) {
                for (int k = start; k < i; k++) {
                    if (blocks.get(k).kind == Kind.NEAR_GOOD) {
                        blocks.get(k).kind = Kind.GOOD;
                    }
                }
            }
            start = -1;
        }
    }

    /**
     * Short blocks take the side of their nearest decided neighbours (a borderline one tips a tie
     * to story). A long run of them is furniture even between story (a related-links box between
     * the story and the comments), unless it is a numbered or bulleted list.
     */
    private static void reviseShort(List<Block> blocks, List<Piece> pieces) {
        int n = blocks.size();
        Kind[] revised = new Kind[n];
        int i = 0;
        while (i < n) {
            if (blocks.get(i).kind != Kind.SHORT) {
                i++;
                continue;
            }
            int end = i;
            int shorts = 0;
            int listItems = 0;
            while (end < n && (blocks.get(end).kind == Kind.SHORT || blocks.get(end).kind == Kind.SKIP)) {
                if (blocks.get(end).kind == Kind.SHORT) {
                    shorts++;
                    listItems += isListItem(pieces.get(blocks.get(end).from).text) ? 1 : 0;
                }
                end++;
            }
            boolean longRun = shorts > MAX_SHORT_RUN && 2 * listItems < shorts;
            for (int k = i; k < end; k++) {
                if (blocks.get(k).kind == Kind.SHORT) {
                    revised[k] = longRun ? Kind.BAD : judgeShort(blocks, k);
                }
            }
            i = end;
        }
        for (int k = 0; k < n; k++) {
            if (revised[k] != null) {
                blocks.get(k).kind = revised[k];
            }
        }
    }

    private static Kind judgeShort(List<Block> blocks, int i) {
        Kind prev = neighbour(blocks, i, -1, true);
        Kind next = neighbour(blocks, i, 1, true);
        if (prev == Kind.GOOD && next == Kind.GOOD) {
            return Kind.GOOD;
        }
        if (prev == Kind.BAD && next == Kind.BAD) {
            return Kind.BAD;
        }
        boolean nearGoodOnBadSide = (prev == Kind.BAD && neighbour(blocks, i, -1, false) == Kind.NEAR_GOOD)
                || (next == Kind.BAD && neighbour(blocks, i, 1, false) == Kind.NEAR_GOOD);
        return nearGoodOnBadSide ? Kind.GOOD : Kind.BAD;
    }

    /** "1. Finland", "2) ...", "• ...", "- ...", "+ ...": an item of a list the story makes. */
    static boolean isListItem(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c == '•' || c == '-' || c == '*' || c == '+' || c == '–' || c == '·') {
            return true;
        }
        int i = 0;
        while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }

    /** A borderline block is story unless furniture lies on both sides of it. */
    private static void reviseNearGood(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Kind.NEAR_GOOD) {
                Kind prev = neighbour(blocks, i, -1, true);
                Kind next = neighbour(blocks, i, 1, true);
                b.kind = prev == Kind.BAD && next == Kind.BAD ? Kind.BAD : Kind.GOOD;
            }
        }
    }

    /** The nearest GOOD or BAD block (or NEAR_GOOD, unless ignored) in one direction; the text's edge is BAD. */
    private static Kind neighbour(List<Block> blocks, int i, int step, boolean ignoreNearGood) {
        for (int k = i + step; k >= 0 && k < blocks.size(); k += step) {
            Kind kind = blocks.get(k).kind;
            if (kind == Kind.GOOD || kind == Kind.BAD || (kind == Kind.NEAR_GOOD && !ignoreNearGood)) {
                return kind;
            }
        }
        return Kind.BAD;
    }

    private static RemovalReason reasonFor(Block b, List<Piece> pieces) {
        if (b.words <= 4) {
            return RemovalReason.NAVIGATION;
        }
        if (!b.endsSentence && b.words <= RelatedContent.MAX_HEADLINE_WORDS) {
            return RemovalReason.RELATED_CONTENT;
        }
        return RemovalReason.BOILERPLATE_PATTERN;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»'
                || c == '。' || c == '！' || c == '？' || c == ':' || c == '…' || c == '）' || c == '」' || c == '』' || c == '》';
    }

    private static int countCjk(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF')) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasCjkProsePunctuation(List<Piece> pieces, Block b) {
        for (int i = b.from; i < b.to; i++) {
            String text = pieces.get(i).text;
            if (text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('、') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A set of {@code String.hashCode} values, open addressing: one probe per word, no boxing. */
    static final class IntSet {
        private final int[] slots;
        private final boolean[] used;
        private final int mask;

        private IntSet(int capacity) {
            int size = Integer.highestOneBit(Math.max(4, capacity * 4) - 1) << 1;
            slots = new int[size];
            used = new boolean[size];
            mask = size - 1;
        }

        static IntSet ofHashes(List<String> words) {
            IntSet set = new IntSet(words.size());
            for (String word : words) {
                set.add(word.hashCode());
            }
            return set;
        }

        private void add(int h) {
            int slot = (h * 0x9E3779B9 >>> 16) & mask;
            while (used[slot] && slots[slot] != h) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            slots[slot] = h;
        }

        boolean contains(int h) {
            int slot = (h * 0x9E3779B9 >>> 16) & mask;
            while (used[slot]) {
                if (slots[slot] == h) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
            return false;
        }
    }
}
