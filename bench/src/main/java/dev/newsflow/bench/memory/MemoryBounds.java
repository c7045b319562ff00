package dev.newsflow.bench.memory;

import dev.newsflow.bench.input.ArticleSource;
import dev.newsflow.bench.input.GeneratedText;
import dev.newsflow.bench.input.RealCorpus;
import dev.newsflow.bench.input.RealText;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.FileSourceBoilerplateStore;
import dev.newsflow.enrichment.boilerplate.StoreLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Whether the enrichment core's memory stays bounded on a long stream: enriches articles spread
 * over many more sources than the boilerplate store keeps (so it keeps evicting), one in
 * {@value #HTML_ONE_IN} of them an HTML page, with the durable file store flushing as in the
 * service, and takes the heap in use after a full GC at regular points. After the first quarter
 * the figure must stay flat: growth of at most {@value #ALLOWED_GROWTH_PERCENT}% over the figure
 * at the first quarter. Not a timed benchmark. Runnable alone:
 * {@code MemoryBounds [articles=200000] [sources=2000] [corpus-dir|generated] [seed=42] [samples=10]}.
 */
public final class MemoryBounds {

    public static final int ALLOWED_GROWTH_PERCENT = 25;
    static final int HTML_ONE_IN = 10;

    /** Heap after GC at a quarter of the stream and the highest figure after it, in MB; the samples as text. */
    public record Result(int articles, int sources, double quarterMb, double highestMb, boolean flat, List<String> samples) {

        public double growthPercent() {
            return quarterMb > 0 ? (highestMb / quarterMb - 1) * 100 : Double.NaN;
        }
    }

    private MemoryBounds() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int sources = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String input = args.length > 2 ? args[2] : "generated";
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        int samples = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        ArticleSource text;
        List<RealCorpus.Page> pages = List.of();
        if (input.equals("generated")) {
            text = new GeneratedText(seed);
        } else {
            RealCorpus corpus = RealCorpus.read(Path.of(input));
            text = new RealText(corpus, RealText.Shape.MIXED, seed);
            pages = corpus.pages(0, 1 << 20);
        }
        System.out.println("input: " + text.description());
        Result result = run(text, pages, seed, articles, sources, samples, System.out::println);
        if (!result.flat()) {
            System.exit(1);
        }
    }

    /**
     * @param pages HTML pages to mix in (one article in {@value #HTML_ONE_IN}); none: generated pages
     */
    public static Result run(ArticleSource text, List<RealCorpus.Page> pages, long seed, int articles, int sources,
            int samples, Consumer<String> log) throws IOException {
        int every = Math.max(1, articles / samples);
        GeneratedText generatedPages = new GeneratedText(seed + 1);
        Path dir = Files.createTempDirectory("newsflow-memory-bounds");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Enricher.warmUp();
        long reference = -1;
        long highest = 0;
        List<String> lines = new ArrayList<>();
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir, StoreLimits.DEFAULT, Duration.ofSeconds(5))) {
            Enricher enricher = new Enricher(store);
            Instant ingestedAt = Instant.now();
            long sink = 0;
            int failures = 0;
            log.accept(String.format(Locale.ROOT, "memory: %d articles over %d sources (store keeps %d), heap after GC "
                    + "before: %.1f MB", articles, sources, StoreLimits.DEFAULT.maxSources(), usedAfterGc(memory) / 1e6));
            for (int i = 1; i <= articles; i++) {
                RawArticle base;
                if (i % HTML_ONE_IN == 0) {
                    base = pages.isEmpty() ? generatedPages.nextHtml() : page(pages.get((i / HTML_ONE_IN) % pages.size()));
                } else {
                    base = text.next();
                }
                String source = base.source() + "-" + (i * 7919L % sources);
                String id = "mem-" + i;
                RawArticle article = new RawArticle(id, "https://www." + source + ".example/news/" + id, source,
                        base.title(), base.body(), base.contentType(), null, null, null, base.metadata());
                try {
                    sink += enricher.enrich(article, new ArticleContext(id, i, ingestedAt)).wordCount();
                } catch (RuntimeException e) {
                    failures++;
                }
                if (i % every == 0) {
                    long used = usedAfterGc(memory);
                    if (i >= articles / 4 && reference < 0) {
                        reference = used;
                    }
                    if (reference >= 0) {
                        highest = Math.max(highest, used);
                    }
                    String line = String.format(Locale.ROOT, "after %7d articles: heap after GC %.1f MB, sources tracked %d",
                            i, used / 1e6, store.sourceCount());
                    lines.add(line);
                    log.accept("memory: " + line);
                }
            }
            log.accept("memory: (checksum " + sink + ")");
            if (failures > 0) {
                lines.add("enrichment threw on " + failures + " of " + articles + " articles (the service would dead-letter them)");
            }
        } finally {
            deleteRecursively(dir);
        }
        boolean flat = reference > 0 && highest <= reference * (100 + ALLOWED_GROWTH_PERCENT) / 100;
        Result result = new Result(articles, sources, reference / 1e6, highest / 1e6, flat, List.copyOf(lines));
        log.accept(String.format(Locale.ROOT, "memory: heap after GC %.1f MB at a quarter of the stream, at most %.1f MB "
                + "after it: %s", result.quarterMb(), result.highestMb(), flat ? "flat (bounded)" : "GROWING"));
        return result;
    }

    private static RawArticle page(RealCorpus.Page page) {
        return new RawArticle("page", "https://www." + page.site() + ".example/news/" + page.name(), page.site(), "",
                page.html(), RawArticle.TEXT_HTML, null, null, null, Map.of());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
