package dev.newsflow.eval;

import dev.newsflow.corpus.PagePair;
import dev.newsflow.corpus.ScrapedText;
import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.category.Categorizer;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.text.SentenceSplitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the category of real pages against labels made by hand: each page goes through the real
 * {@link Enricher}, as HTML ({@code extract}) or as the plain-text scrape of the page with its menus
 * and footers ({@code clean}), and its category is compared with the page's label and the other
 * topics an editor could defend. A page whose language the classifier does not read must come out
 * {@link Category#UNCATEGORIZED}. Prints each page, the accuracy overall, per language, sport against
 * the rest, politics as politics or conflict, the confusion matrix, and the CPU the category stage
 * took per page.
 * <p>
 * Usage: {@code CategoryEval PAGES_DIR LABELS.tsv [--mode extract|clean]}; labels are lines
 * {@code page<tab>TOPIC<tab>OTHER,TOPICS}. Or {@code CategoryEval --texts TEXTS.tsv}: labelled news
 * texts, lines {@code CODES<tab>lang<tab>name<tab>title<tab>text} (CODES such as {@code POL|WAR}, the
 * first the main topic; the text's paragraphs joined by a literal backslash-n), each sent to the
 * enricher as plain text with its title.
 */
public final class CategoryEval {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Set<String> READ = Set.of("en", "de", "fr", "es", "pt", "it");

    /** One page's label and what came out. */
    record Result(String page, String language, Category gold, Set<Category> acceptable, Category predicted,
                  double score, long categoryNanos) {

        /** The page's language is one the classifier reads (by the enricher's detection). */
        boolean read() {
            return READ.contains(language);
        }

        boolean right() {
            return read() ? acceptable.contains(predicted) : predicted == Category.UNCATEGORIZED;
        }
    }

    /** The figures of one run. */
    record Summary(int pages, int right, int sport, int sportRight, int politics, int politicsRight) {
        double accuracy() {
            return pages == 0 ? 0 : right / (double) pages;
        }
    }

    private CategoryEval() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--texts")) {
            print(runTexts(Path.of(args[1])), "texts");
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: CategoryEval PAGES_DIR LABELS.tsv [--mode extract|clean]");
            System.exit(2);
        }
        Evaluation.Mode mode = Evaluation.Mode.EXTRACT;
        for (int i = 2; i < args.length - 1; i++) {
            if (args[i].equals("--mode")) {
                mode = Evaluation.Mode.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
            }
        }
        List<Result> results = run(Path.of(args[0]), Path.of(args[1]), mode);
        print(results, mode.name().toLowerCase(Locale.ROOT));
    }

    static List<Result> run(Path pages, Path labels, Evaluation.Mode mode) {
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        Categorizer categorizer = new Categorizer();
        categorizer.categorize(new TextAnalysis("Warm-up", "The model loads once.", List.of("The model loads once."), "en"));
        List<Result> results = new ArrayList<>();
        long version = 0;
        for (String line : lines(labels)) {
            String[] cols = line.split("\t", -1);
            Path folder = pages.resolve(cols[0]);
            List<PagePair> pair = PagePair.in(folder);
            if (pair.isEmpty()) {
                throw new IllegalArgumentException("no page in " + folder);
            }
            PagePair page = pair.get(0);
            Category gold = Category.valueOf(cols[1].strip());
            Set<Category> acceptable = new LinkedHashSet<>();
            acceptable.add(gold);
            if (cols.length > 2) {
                for (String other : cols[2].split(",")) {
                    if (!other.isBlank()) {
                        acceptable.add(Category.valueOf(other.strip()));
                    }
                }
            }
            RawArticle raw;
            String source = page.sourceText();
            if (mode == Evaluation.Mode.EXTRACT && page.sourceIsHtml()) {
                raw = new RawArticle(null, null, page.site(), "", source, RawArticle.TEXT_HTML, null, null, null, Map.of());
            } else {
                String scrape = page.sourceIsHtml() ? ScrapedText.of(source) : source;
                String title = scrape.lines().findFirst().orElse("");
                raw = new RawArticle(null, null, page.site(), title, scrape, RawArticle.TEXT_PLAIN, null, null, null, Map.of());
            }
            EnrichedArticle enriched = enricher.enrich(raw, new ArticleContext("category-" + page.name(), version++, Instant.EPOCH));
            results.add(new Result(page.name(), enriched.language(), gold, acceptable, enriched.category(),
                    enriched.categoryScore(), categoryCpu(categorizer, enriched)));
        }
        return results;
    }

    /**
     * CPU of the category stage alone on the enriched article's text, per call: the text is tokenised
     * first (the enricher shares one tokenisation among its analysers), then categorised 20 times.
     */
    private static long categoryCpu(Categorizer categorizer, EnrichedArticle enriched) {
        List<String> sentences = new ArrayList<>();
        for (String line : enriched.body().split("\n")) {
            sentences.addAll(SentenceSplitter.split(line));
        }
        TextAnalysis text = new TextAnalysis(enriched.title(), enriched.body(), sentences, enriched.language());
        TokenizedText.of(text);
        int reps = 20;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            categorizer.categorize(text);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / reps;
    }

    static Summary summarise(List<Result> results) {
        int right = 0;
        int sport = 0;
        int sportRight = 0;
        int politics = 0;
        int politicsRight = 0;
        for (Result r : results) {
            if (r.right()) {
                right++;
            }
            if (!r.read()) {
                continue;
            }
            sport++;
            boolean isSport = r.gold() == Category.SPORT;
            if (isSport == (r.predicted() == Category.SPORT)) {
                sportRight++;
            }
            if (r.gold() == Category.POLITICS) {
                politics++;
                if (r.predicted() == Category.POLITICS || r.predicted() == Category.CONFLICT_WAR_PEACE) {
                    politicsRight++;
                }
            }
        }
        return new Summary(results.size(), right, sport, sportRight, politics, politicsRight);
    }

    /** The short codes of the labelled text files. */
    private static final Map<String, Category> CODES = Map.ofEntries(
            Map.entry("ART", Category.ARTS_CULTURE_ENTERTAINMENT), Map.entry("WAR", Category.CONFLICT_WAR_PEACE),
            Map.entry("CRI", Category.CRIME_LAW_JUSTICE), Map.entry("DIS", Category.DISASTER_ACCIDENT),
            Map.entry("ECO", Category.ECONOMY_BUSINESS_FINANCE), Map.entry("EDU", Category.EDUCATION),
            Map.entry("ENV", Category.ENVIRONMENT), Map.entry("HEA", Category.HEALTH),
            Map.entry("HUM", Category.HUMAN_INTEREST), Map.entry("LAB", Category.LABOUR),
            Map.entry("LIF", Category.LIFESTYLE_LEISURE), Map.entry("POL", Category.POLITICS),
            Map.entry("REL", Category.RELIGION), Map.entry("SCI", Category.SCIENCE_TECHNOLOGY),
            Map.entry("SOC", Category.SOCIETY), Map.entry("SPO", Category.SPORT), Map.entry("WEA", Category.WEATHER));

    /** Labelled news texts (see the class comment) through the real enricher, as plain text with a title. */
    static List<Result> runTexts(Path file) {
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        Categorizer categorizer = new Categorizer();
        List<Result> results = new ArrayList<>();
        long version = 0;
        for (String line : lines(file)) {
            String[] cols = line.split("\t", 5);
            Set<Category> acceptable = new LinkedHashSet<>();
            for (String code : cols[0].split("\\|")) {
                Category c = CODES.get(code.strip());
                if (c == null) {
                    throw new IllegalArgumentException("unknown topic code " + code + " in " + file);
                }
                acceptable.add(c);
            }
            String body = cols[4].replace("\\n", "\n");
            RawArticle raw = new RawArticle(null, null, "texts-" + file.getFileName(), cols[3], body, RawArticle.TEXT_PLAIN,
                    null, null, null, Map.of());
            EnrichedArticle enriched = enricher.enrich(raw, new ArticleContext("category-" + cols[2], version++, Instant.EPOCH));
            results.add(new Result(cols[2], enriched.language(), acceptable.iterator().next(), acceptable,
                    enriched.category(), enriched.categoryScore(), categoryCpu(categorizer, enriched)));
        }
        return results;
    }

    static void print(List<Result> results, String mode) {
        long nanos = 0;
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%s %-26s %-3s %-27s %.2f  (label %s)%n", r.right() ? "  " : "XX", r.page(),
                    r.language(), r.predicted(), r.score(), String.join("|", r.acceptable().stream().map(Enum::name).toList()));
            nanos += r.categoryNanos();
        }
        Summary s = summarise(results);
        System.out.printf(Locale.ROOT, "%nmode %s: %d pages, category right %d (%.1f%%)%n", mode,
                s.pages(), s.right(), 100 * s.accuracy());
        System.out.printf(Locale.ROOT, "sport vs the rest right: %d of %d; politics as POLITICS or CONFLICT_WAR_PEACE: %d of %d%n",
                s.sportRight(), s.sport(), s.politicsRight(), s.politics());
        Map<String, int[]> byLanguage = new TreeMap<>();
        for (Result r : results) {
            int[] counts = byLanguage.computeIfAbsent(r.language(), k -> new int[2]);
            counts[0]++;
            if (r.right()) {
                counts[1]++;
            }
        }
        StringBuilder languages = new StringBuilder("per language:");
        byLanguage.forEach((language, counts) -> languages.append(String.format(Locale.ROOT, " %s %d/%d", language, counts[1], counts[0])));
        System.out.println(languages);
        System.out.printf(Locale.ROOT, "category stage CPU per page: %.3f ms (thread CPU, tokens shared with the other analysers)%n",
                nanos / 1e6 / Math.max(1, results.size()));
        printConfusion(results);
    }

    private static void printConfusion(List<Result> results) {
        Category[] all = Category.values();
        int[][] confusion = new int[all.length][all.length];
        for (Result r : results) {
            if (r.read()) {
                confusion[r.gold().ordinal()][r.predicted().ordinal()]++;
            }
        }
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", "label \\ predicted"));
        for (Category c : all) {
            head.append(String.format(Locale.ROOT, "%5s", c.name().substring(0, 4)));
        }
        System.out.println(head);
        for (Category g : all) {
            int sum = 0;
            for (int n : confusion[g.ordinal()]) {
                sum += n;
            }
            if (sum == 0) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", g.name().substring(0, Math.min(17, g.name().length()))));
            for (Category p : all) {
                int n = confusion[g.ordinal()][p.ordinal()];
                row.append(String.format(Locale.ROOT, "%5s", n == 0 ? "." : Integer.toString(n)));
            }
            System.out.println(row);
        }
    }

    private static List<String> lines(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
