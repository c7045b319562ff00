package dev.newsflow.bench.memory;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.corpus.ArticleGenerator;
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
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether the enrichment core's memory stays bounded on a long stream: enriches generated articles
 * spread over many more sources than the boilerplate store keeps (so it keeps evicting), with the
 * durable file store flushing as in the service, and prints the heap in use after a full GC at
 * regular points. After the warm-up the figure must stay flat; the last line says whether it did
 * (growth of at most {@value #ALLOWED_GROWTH_PERCENT}% over the first figure after the first quarter).
 * Arguments: {@code [articles=200000] [sources=2000] [seed=42] [samples=10]}. Not a timed benchmark.
 */
public final class MemoryBounds {

    static final int ALLOWED_GROWTH_PERCENT = 25;

    private MemoryBounds() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int sources = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int every = Math.max(1, articles / samples);

        Path dir = Files.createTempDirectory("newsflow-memory-bounds");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Enricher.warmUp();
        long baseline = usedAfterGc(memory);
        long reference = -1;
        long highest = 0;
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir, StoreLimits.DEFAULT, Duration.ofSeconds(5))) {
            Enricher enricher = new Enricher(store);
            ArticleGenerator generator = new ArticleGenerator(seed);
            Instant ingestedAt = Instant.now();
            long sink = 0;
            System.out.printf(Locale.ROOT, "articles %d over %d sources (store keeps %d), heap after GC before: %.1f MB%n",
                    articles, sources, StoreLimits.DEFAULT.maxSources(), baseline / 1e6);
            for (int i = 1; i <= articles; i++) {
                RawArticle generated = i % 10 == 0 ? generator.nextHtml() : generator.next();
                String source = "source-" + (i * 7919L % sources);
                String id = "mem-" + i;
                RawArticle article = new RawArticle(id, "https://www." + source + ".example/news/" + id, source,
                        generated.title(), generated.body(), generated.contentType(), null, null, null,
                        generated.metadata());
                sink += enricher.enrich(article, new ArticleContext(id, i, ingestedAt)).wordCount();
                if (i % every == 0) {
                    long used = usedAfterGc(memory);
                    if (i >= articles / 4 && reference < 0) {
                        reference = used;
                    }
                    if (reference >= 0) {
                        highest = Math.max(highest, used);
                    }
                    System.out.printf(Locale.ROOT, "after %7d articles: heap after GC %.1f MB, sources tracked %d%n", i,
                            used / 1e6, store.sourceCount());
                }
            }
            System.out.println("(checksum " + sink + ")");
        } finally {
            deleteRecursively(dir);
        }
        boolean flat = reference > 0 && highest <= reference * (100 + ALLOWED_GROWTH_PERCENT) / 100;
        System.out.printf(Locale.ROOT, "heap after GC: %.1f MB at a quarter of the stream, at most %.1f MB after it: %s%n",
                reference / 1e6, highest / 1e6, flat ? "flat (bounded)" : "GROWING");
        if (!flat) {
            System.exit(1);
        }
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
