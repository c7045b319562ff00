package dev.newsflow.enrichment.clean;

import dev.newsflow.contracts.HtmlTrim;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.SourceBoilerplateStore;
import dev.newsflow.enrichment.html.HtmlExtractor;
import dev.newsflow.enrichment.html.HtmlPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cleans an article: HTML to text, then sentence by sentence drops navigation runs, known
 * boilerplate, related-story blocks, the title repeated in the body, sentences repeated within
 * the article and sentences its source repeats across articles. Every removal is reported with
 * its reason. Runs in time linear in the (capped) input: single-pass scanners, no backtracking
 * regular expressions. Thread-safe.
 */
public final class Cleaner {

    /** Text beyond the length limit is cut, and the removal says how much. */
    static final RemovalReason CUT = RemovalReason.TRUNCATED;
    static final int MAX_TITLE_CHARS = 500;
    /** How many leading sentences may be the title said again (after a dateline, say). */
    static final int TITLE_WINDOW = 3;
    /**
     * In text extracted from HTML only short repeats go (photo credits, "Continue reading"): the
     * extractor has already dropped the page's furniture blocks, and a longer passage the article
     * shows twice (a pull quote, a repeated paragraph) is its own text.
     */
    static final int HTML_REPEAT_MAX_WORDS = 7;

    private final CleaningOptions options;
    private final SourceRecurring sourceRecurring;
    private final HtmlExtractor html = new HtmlExtractor();

    public Cleaner(SourceBoilerplateStore store, CleaningOptions options) {
        this.options = options;
        this.sourceRecurring = new SourceRecurring(store, options.sourceRecurringArticles());
    }

    /** @param articleId the article's id, so a re-enrichment does not count as another article */
    public CleanedText clean(RawArticle raw, String articleId) {
        Removals removals = new Removals();
        String title = raw.title() == null ? "" : raw.title();
        String body = raw.body() == null ? "" : raw.body();
        HtmlPage page = null;
        if (isHtml(raw, body)) {
            int maxHtml = options.maxBodyChars() * 20;
            if (body.length() > maxHtml) {
                // a page not trimmed at ingest (written straight to the topic) is mostly scripts and
                // styles: they go first, so the cut below falls in markup rather than before the article
                HtmlTrim.Trimmed trimmed = HtmlTrim.trim(body);
                if (trimmed.changed()) {
                    removals.add("(" + trimmed.summary() + ")", RemovalReason.HTML_NON_CONTENT);
                    body = trimmed.html();
                }
            }
            if (body.length() > maxHtml) {
                removals.add(cutNote(body.length() - maxHtml, maxHtml), CUT);
                body = body.substring(0, maxHtml);
            }
            page = html.extract(body, raw.url());
            removals.addAll(page.removed());
            body = page.text();
            boolean titleFromPage = title.isBlank() || title.strip().equals(page.documentTitle());
            if (titleFromPage && page.title() != null) {
                title = page.title();
            }
        }
        title = cleanTitle(title);
        if (body.length() > options.maxBodyChars()) {
            int cut = cutPoint(body, options.maxBodyChars());
            removals.add(cutNote(body.length() - cut, options.maxBodyChars()), CUT);
            body = body.substring(0, cut);
        }
        body = TextLayout.normalize(body);

        List<Piece> pieces = splitLeadingFurniture(TextLayout.pieces(body));
        boolean scraped = page == null;
        if (scraped) {
            pieces = StoryBlocks.splitMenuRuns(pieces);
        }
        markLines(pieces);
        for (Piece piece : pieces) {
            if (piece.kept() && BoilerplatePatterns.matches(piece)) {
                piece.removedFor = RemovalReason.BOILERPLATE_PATTERN;
            }
        }
        pieces = markTitle(pieces, title);
        Repeats repeats = new Repeats();
        int maxRepeatWords = page == null ? Integer.MAX_VALUE : HTML_REPEAT_MAX_WORDS;
        for (Piece piece : pieces) {
            if (piece.kept() && piece.words <= maxRepeatWords && repeats.isRepeat(piece)) {
                piece.removedFor = RemovalReason.REPEATED_SENTENCE;
            }
        }
        if (scraped) {
            StoryBlocks.mark(pieces);
        }
        // after the story is told from the page, so that the lead the learner goes by is the story's
        sourceRecurring.mark(pieces, raw.source(), raw.url() != null ? raw.url() : page == null ? null : page.canonicalUrl(),
                articleId);
        if (scraped) {
            pieces = StoryBlocks.rejoin(pieces);
        }

        List<String> sentences = new ArrayList<>();
        String cleanBody = assemble(pieces, sentences, removals);
        if (cleanBody.isEmpty()) {
            removals.add("(nothing of the body was left after cleaning)", RemovalReason.EMPTY_AFTER_CLEANING);
        }
        return page == null
                ? new CleanedText(title, cleanBody, sentences, removals.toList(), null, null, null, Map.of())
                : new CleanedText(title, cleanBody, sentences, removals.toList(), page.canonicalUrl(), page.author(),
                        blankToNull(page.publishedAt()), page.metadata());
    }

    static boolean isHtml(RawArticle raw, String body) {
        if (raw.hasHtmlBody()) {
            return true;
        }
        if (raw.contentType() != null && !raw.contentType().isBlank()) {
            return false;
        }
        int i = 0;
        while (i < body.length() && i < 1000 && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return body.regionMatches(true, i, "<!doctype html", 0, 14) || body.regionMatches(true, i, "<html", 0, 5);
    }

    /** Splits menus and furniture phrases off the start of sentences (one-line scraped text). */
    private static List<Piece> splitLeadingFurniture(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size() + 4);
        for (Piece piece : pieces) {
            Piece current = piece;
            while (current != null) {
                int menu = Navigation.menuPrefix(current.text);
                if (menu > 0) {
                    Piece rest = new Piece(current.text.substring(menu), current.paragraph, current.line, false);
                    if (rest.words == 0) {
                        current.removedFor = RemovalReason.NAVIGATION;
                        out.add(current);
                        break;
                    }
                    Piece head = new Piece(current.text.substring(0, menu).strip(), current.paragraph, current.line,
                            current.firstInLine);
                    head.removedFor = RemovalReason.NAVIGATION;
                    out.add(head);
                    current = new Piece(rest.text.strip(), current.paragraph, current.line, false);
                    continue;
                }
                int leading = Math.max(BoilerplatePatterns.leadingWords(current), SocialRun.leadingWords(current));
                if (leading > 0) {
                    out.add(current.before(leading, RemovalReason.BOILERPLATE_PATTERN));
                    current = current.after(leading);
                    continue;
                }
                out.add(current);
                current = null;
            }
        }
        return out;
    }

    /** Related-story headings with the headlines after them, and "Read more: ..." lines. */
    private static void markLines(List<Piece> pieces) {
        int budget = 0;
        int i = 0;
        while (i < pieces.size()) {
            int line = pieces.get(i).line;
            List<Piece> live = new ArrayList<>(2);
            int j = i;
            for (; j < pieces.size() && pieces.get(j).line == line; j++) {
                if (pieces.get(j).kept()) {
                    live.add(pieces.get(j));
                }
            }
            i = j;
            if (live.isEmpty()) {
                continue;
            }
            boolean related;
            if (RelatedContent.isHeading(live)) {
                related = true;
                budget = RelatedContent.MAX_HEADLINES;
            } else if (budget > 0 && RelatedContent.isHeadline(live)) {
                related = true;
                budget--;
            } else {
                budget = 0;
                related = RelatedContent.isInlineLink(live);
            }
            if (related) {
                live.forEach(p -> p.removedFor = RemovalReason.RELATED_CONTENT);
            }
        }
    }

    /** The title said again among the first sentences; when it opens a longer sentence, only that part goes. */
    private static List<Piece> markTitle(List<Piece> pieces, String title) {
        Piece titlePiece = new Piece(title, -1, -1, true);
        String titleKey = titlePiece.key;
        int titleWords = titlePiece.words;
        if (titleWords < 2) {
            return pieces;
        }
        int checked = 0;
        for (int i = 0; i < pieces.size() && checked < TITLE_WINDOW; i++) {
            Piece piece = pieces.get(i);
            if (!piece.kept()) {
                continue;
            }
            if (piece.key.equals(titleKey) || (titleWords >= 4 && Repeats.similarPieces(piece, titlePiece))) {
                piece.removedFor = RemovalReason.REPEATED_TITLE;
                return pieces;
            }
            if (checked == 0 && titleWords >= 3 && piece.key.startsWith(titleKey) && piece.key.length() > titleKey.length()
                    && piece.key.charAt(titleKey.length()) == ' ') {
                Piece rest = piece.after(titleWords);
                List<Piece> out = new ArrayList<>(pieces.subList(0, i));
                out.add(piece.before(titleWords, RemovalReason.REPEATED_TITLE));
                if (rest != null) {
                    out.add(rest);
                }
                out.addAll(pieces.subList(i + 1, pieces.size()));
                return out;
            }
            checked++;
        }
        return pieces;
    }

    /**
     * The kept pieces as the body. Removed lines in a row of a menu or a related-links box are
     * reported as one removal, joined by " · ", so a page's hundred menu entries make one entry of
     * removed[], not a hundred.
     */
    private static String assemble(List<Piece> pieces, List<String> sentences, Removals removals) {
        StringBuilder body = new StringBuilder();
        Piece previous = null;
        StringBuilder run = new StringBuilder();
        RemovalReason runReason = null;
        int runLine = -1;
        for (Piece piece : pieces) {
            if (!piece.kept()) {
                boolean joins = piece.removedFor == runReason && piece.line != runLine && isFurniture(runReason);
                if (runReason != null && !joins) {
                    removals.add(run.toString(), runReason);
                    run.setLength(0);
                }
                if (run.length() > 0) {
                    run.append(" · ");
                }
                if (run.length() <= Removals.MAX_TEXT) {
                    run.append(piece.text);
                }
                runReason = piece.removedFor;
                runLine = piece.line;
                continue;
            }
            if (runReason != null) {
                removals.add(run.toString(), runReason);
                run.setLength(0);
                runReason = null;
            }
            if (previous != null) {
                body.append(piece.paragraph != previous.paragraph ? "\n\n" : piece.line != previous.line ? "\n" : " ");
            }
            body.append(piece.text);
            sentences.add(piece.text);
            previous = piece;
        }
        if (runReason != null) {
            removals.add(run.toString(), runReason);
        }
        return body.toString();
    }

    /**
     * Reasons whose removals in a row are one piece of page furniture (a menu, a box of links),
     * reported as one; pattern matches stay apart, each explains itself.
     */
    private static boolean isFurniture(RemovalReason reason) {
        return reason == RemovalReason.NAVIGATION || reason == RemovalReason.RELATED_CONTENT;
    }

    static String cleanTitle(String title) {
        String normalized = TextLayout.normalize(title);
        StringBuilder out = new StringBuilder(Math.min(normalized.length(), MAX_TITLE_CHARS));
        for (int i = 0; i < normalized.length() && out.length() < MAX_TITLE_CHARS; i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Where to cut an over-long body: after the last sentence end near the limit, else at a space. */
    private static int cutPoint(String body, int max) {
        for (int i = max - 1; i > max - 2000; i--) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(body.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = max; i > max - 200; i--) {
            if (Character.isWhitespace(body.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(body.charAt(max - 1)) ? max - 1 : max;
    }

    private static String cutNote(int dropped, int limit) {
        return "(" + dropped + " characters beyond the " + limit + "-character limit were cut)";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
