package dev.newsflow.eval;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.corpus.PagePair;
import dev.newsflow.corpus.ScrapedText;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.html.HtmlExtractor;
import dev.newsflow.enrichment.html.HtmlPage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs pages through the enricher and scores what comes out against the expected text. In
 * {@link Mode#EXTRACT} an HTML page goes in as {@code text/html}; in {@link Mode#CLEAN} it goes in
 * as the plain text a scraper would make of it (a {@code .txt} source goes in as it is). Pages of
 * one site are sent in order as one source, so per-source learning takes part as it does in the
 * pipeline.
 */
final class Evaluation {

    enum Mode { EXTRACT, CLEAN }

    /**
     * What extracts an HTML page in {@link Mode#EXTRACT}: the whole enricher (the default), its
     * HTML extractor alone, or Readability4J, an off-the-shelf Java port of Mozilla Readability,
     * for comparison (its CPU time is its own parse and extraction).
     */
    enum Extractor { ENRICHER, HTML, READABILITY4J }

    /**
     * How a scrape is laid out in clean mode: {@link #LINES} puts every block's text on a line of its
     * own; {@link #ONE_LINE} joins those lines with spaces, as scrapers that flatten a page do.
     */
    enum Shape { LINES, ONE_LINE }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final HtmlExtractor HTML = new HtmlExtractor();

    private final Mode mode;
    private final Extractor extractor;
    private final Shape shape;

    Evaluation(Mode mode) {
        this(mode, Extractor.ENRICHER, Shape.LINES);
    }

    Evaluation(Mode mode, Extractor extractor, Shape shape) {
        this.mode = mode;
        this.extractor = extractor;
        this.shape = shape;
    }

    /** Scores every pair; a fresh enricher, so nothing learned in an earlier run carries over. */
    List<PageResult> run(List<PagePair> pairs) {
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        Map<String, Integer> perSite = new HashMap<>();
        List<PageResult> results = new ArrayList<>(pairs.size());
        long version = 0;
        for (PagePair pair : pairs) {
            int ordinal = perSite.merge(pair.site(), 1, Integer::sum);
            results.add(score(enricher, pair, ordinal, version++));
        }
        return results;
    }

    private PageResult score(Enricher enricher, PagePair pair, int ordinal, long version) {
        JsonNode expectedMeta = metadata(pair);
        String expectedTitle = text(expectedMeta, "title");
        String source = pair.sourceText();
        String scrape = null;
        RawArticle raw;
        if (mode == Mode.EXTRACT && pair.sourceIsHtml()) {
            raw = new RawArticle(null, null, pair.site(), "", source, RawArticle.TEXT_HTML, null, null, null, Map.of());
        } else {
            scrape = pair.sourceIsHtml() ? ScrapedText.of(source) : source;
            String title = expectedTitle != null ? expectedTitle : firstLine(scrape);
            if (shape == Shape.ONE_LINE) {
                scrape = ScrapedText.oneLine(scrape);
            }
            raw = new RawArticle(null, null, pair.site(), title, scrape, RawArticle.TEXT_PLAIN, null, null, null, Map.of());
        }
        Shingles reference = Shingles.of(pair.expectedText());
        if (extractor != Extractor.ENRICHER && raw.hasHtmlBody()) {
            return scoreAlone(pair, source, expectedMeta, reference, ordinal);
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        EnrichedArticle enriched;
        try {
            enriched = enricher.enrich(raw, new ArticleContext("eval-" + pair.name(), version, Instant.EPOCH));
        } catch (RuntimeException e) {
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            return new PageResult(pair.name(), Overlap.of(Shingles.of(""), reference), Double.NaN, null, null, null, null,
                    ordinal, cpu, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;

        Shingles output = Shingles.of(enriched.body());
        double furnitureKept = Double.NaN;
        if (scrape != null) {
            Shingles furniture = Shingles.of(scrape).minus(reference);
            if (furniture.total() > 0) {
                furnitureKept = (double) furniture.shared(output) / furniture.total();
            }
        }
        Boolean titleRight = expectedTitle == null || mode == Mode.CLEAN ? null
                : sameWords(expectedTitle, enriched.title());
        String expectedLanguage = text(expectedMeta, "lang");
        Boolean languageRight = expectedLanguage == null ? null
                : primaryTag(expectedLanguage).equals(enriched.language());
        Boolean authorRight = mode == Mode.CLEAN ? null : sameAuthor(text(expectedMeta, "byline"), enriched.author());
        Boolean publishedRight = mode == Mode.CLEAN ? null
                : PublishedTime.same(text(expectedMeta, "publishedTime"), enriched.publishedAt());
        return new PageResult(pair.name(), Overlap.of(output, reference), furnitureKept, titleRight, languageRight,
                authorRight, publishedRight, ordinal, cpu, null);
    }

    /** Extraction alone, by newsflow's HTML extractor or by Readability4J; CPU time of that alone. */
    private PageResult scoreAlone(PagePair pair, String html, JsonNode expectedMeta, Shingles reference, int ordinal) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        String text;
        String title;
        String author;
        String published = null;
        try {
            if (extractor == Extractor.HTML) {
                HtmlPage page = HTML.extract(html, null);
                cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                text = page.text();
                title = page.title();
                author = page.author();
                published = page.publishedAt();
            } else {
                Article article = new Readability4J("https://" + pair.site() + ".example/" + pair.name(), html).parse();
                cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                text = article.getContent() == null ? "" : ScrapedText.of(article.getContent());
                title = article.getTitle();
                author = article.getByline();
            }
        } catch (RuntimeException e) {
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            return new PageResult(pair.name(), Overlap.of(Shingles.of(""), reference), Double.NaN, null, null, null, null,
                    ordinal, cpu, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        String expectedTitle = text(expectedMeta, "title");
        return new PageResult(pair.name(), Overlap.of(Shingles.of(text), reference), Double.NaN,
                expectedTitle == null ? null : sameWords(expectedTitle, title), null,
                sameAuthor(text(expectedMeta, "byline"), author),
                extractor == Extractor.HTML ? PublishedTime.same(text(expectedMeta, "publishedTime"), published) : null,
                ordinal, cpu, null);
    }

    /** The same author: the same words, case and a leading "By" aside (null when none is expected). */
    static Boolean sameAuthor(String expected, String actual) {
        if (expected == null) {
            return null;
        }
        if (actual == null) {
            return false;
        }
        return nameWords(expected).equals(nameWords(actual));
    }

    private static List<String> nameWords(String byline) {
        List<String> words = new ArrayList<>(lowerWords(byline));
        if (!words.isEmpty() && words.get(0).equals("by")) {
            words.remove(0);
        }
        return words;
    }

    private static JsonNode metadata(PagePair pair) {
        if (pair.metadata() == null) {
            return null;
        }
        try {
            return JSON.readTree(PagePair.read(pair.metadata()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        String value = node.get(field).asString();
        return value.isBlank() ? null : value;
    }

    static boolean sameWords(String expected, String actual) {
        return actual != null && lowerWords(expected).equals(lowerWords(actual));
    }

    private static List<String> lowerWords(String text) {
        return Shingles.words(text.toLowerCase(Locale.ROOT));
    }

    private static String primaryTag(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
