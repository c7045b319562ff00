package dev.newsflow.bench.input;

import dev.newsflow.corpus.PagePair;
import dev.newsflow.corpus.ScrapedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real text for the bench, read from a folder in the layout {@code ./newsflow eval} scores (a
 * folder per page with {@code source.html} and {@code expected.html}): the pages as they are, and
 * the story text of each page cut into article-sized pieces, each with the furniture its page
 * shows around the story when scraped as plain text (menus before it, footers after it, the odd
 * "Advertisement" line inside it).
 */
public final class RealCorpus {

    /** Pieces are cut at line ends once they reach this many characters... */
    static final int PIECE_CHARS = 2_600;
    /** ...and kept when they hold at least this many (a shorter rest joins the piece before it, up to MAX). */
    static final int MIN_PIECE_CHARS = 1_800;
    static final int MAX_PIECE_CHARS = 4_500;
    /** Furniture taken from before and after the story, at most this many characters each. */
    static final int FURNITURE_CHARS = 700;
    static final int INLINE_FURNITURE = 3;
    /** Long-form pages (a whole encyclopaedia entry) would outweigh the news otherwise. */
    static final int MAX_PIECES_PER_PAGE = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A page as fetched. */
    public record Page(String name, String site, String html, int bytes) {
    }

    /**
     * About 3 KB of one page's story, one block per line, with the page's furniture around it.
     *
     * @param before  furniture lines a scrape shows before the story (menus, headers)
     * @param inside  furniture lines a scrape shows between story blocks (captions, "Advertisement")
     * @param after   furniture lines after the story (related links, footers, copyright)
     */
    public record Piece(String page, String site, String title, List<String> story, List<String> before,
            List<String> inside, List<String> after) {
    }

    private final Path dir;
    private final List<Page> pages;
    private final List<Piece> pieces;

    private RealCorpus(Path dir, List<Page> pages, List<Piece> pieces) {
        this.dir = dir;
        this.pages = pages;
        this.pieces = pieces;
    }

    public static RealCorpus read(Path dir) {
        List<Page> pages = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (PagePair pair : PagePair.in(dir)) {
            if (!pair.sourceIsHtml()) {
                continue;
            }
            String html = pair.sourceText();
            pages.add(new Page(pair.name(), pair.site(), html, html.getBytes(StandardCharsets.UTF_8).length));
            pieces.addAll(pieces(pair, html));
        }
        return new RealCorpus(dir, List.copyOf(pages), List.copyOf(pieces));
    }

    public Path dir() {
        return dir;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The pages whose HTML weighs between {@code minBytes} and {@code maxBytes}. */
    public List<Page> pages(int minBytes, int maxBytes) {
        return pages.stream().filter(p -> p.bytes() >= minBytes && p.bytes() <= maxBytes).toList();
    }

    public List<Piece> pieces() {
        return pieces;
    }

    static List<Piece> pieces(PagePair pair, String html) {
        List<String> story = lines(pair.expectedText());
        String title = title(pair, html);
        List<List<String>> cut = cut(story);
        if (cut.isEmpty()) {
            return List.of();
        }
        Set<String> storyLines = new HashSet<>(story);
        List<String> scraped = lines(ScrapedText.of(html));
        int first = -1;
        int last = -1;
        for (int i = 0; i < scraped.size(); i++) {
            if (storyLines.contains(scraped.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<String> before = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (first >= 0) {
            int chars = 0;
            for (int i = first - 1; i >= 0 && chars + scraped.get(i).length() <= FURNITURE_CHARS; i--) {
                if (!scraped.get(i).equals(title)) {
                    before.add(0, scraped.get(i));
                    chars += scraped.get(i).length() + 1;
                }
            }
            for (int i = first + 1; i < last && inside.size() < INLINE_FURNITURE; i++) {
                if (!storyLines.contains(scraped.get(i)) && scraped.get(i).length() < 200) {
                    inside.add(scraped.get(i));
                }
            }
            chars = 0;
            for (int i = last + 1; i < scraped.size() && chars + scraped.get(i).length() <= FURNITURE_CHARS; i++) {
                after.add(scraped.get(i));
                chars += scraped.get(i).length() + 1;
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < Math.min(cut.size(), MAX_PIECES_PER_PAGE); i++) {
            pieces.add(new Piece(pair.name(), pair.site(), cut.size() == 1 ? title : title + " (" + (i + 1) + ")",
                    cut.get(i), List.copyOf(before), List.copyOf(inside), List.copyOf(after)));
        }
        return pieces;
    }

    /** Story lines in pieces of about {@value #PIECE_CHARS} characters; a very long line is cut at sentence ends. */
    static List<List<String>> cut(List<String> story) {
        List<String> blocks = new ArrayList<>();
        for (String line : story) {
            blocks.addAll(line.length() > PIECE_CHARS ? Sentences.chunks(line, PIECE_CHARS / 2) : List.of(line));
        }
        List<List<String>> pieces = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String block : blocks) {
            current.add(block);
            chars += block.length() + 1;
            if (chars >= PIECE_CHARS) {
                pieces.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
        }
        if (chars >= MIN_PIECE_CHARS) {
            pieces.add(current);
        } else if (!pieces.isEmpty() && length(pieces.get(pieces.size() - 1)) + chars <= MAX_PIECE_CHARS) {
            pieces.get(pieces.size() - 1).addAll(current);
        }
        return pieces.stream().filter(p -> length(p) >= MIN_PIECE_CHARS).map(List::copyOf).toList();
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(l -> l.length() + 1).sum();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /** The title the page's metadata gives, else its {@code <title>}, else its name. */
    private static String title(PagePair pair, String html) {
        if (pair.metadata() != null) {
            try {
                JsonNode title = JSON.readTree(PagePair.read(pair.metadata())).path("title");
                if (title.isString() && !title.asString().isBlank()) {
                    return title.asString().strip();
                }
            } catch (JacksonException e) {
                // a broken metadata file: the page's own title below
            }
        }
        int open = html.indexOf("<title");
        if (open >= 0) {
            int start = html.indexOf('>', open);
            int end = html.indexOf("</title>", start + 1);
            if (start > 0 && end > start) {
                String title = Jsoup.parse(html.substring(start + 1, end)).text().strip();
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        return pair.name();
    }
}
