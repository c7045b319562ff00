package dev.newsflow.enrichment.bench;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.Stage;
import dev.newsflow.enrichment.TimedEnrichment;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-threaded throughput of the enrichment core on generated articles: warm-up, then a
 * measured run, printing articles per second and the mean time of each stage.
 * Arguments: {@code [articles=20000] [warmup=10000] [seed=42] [html-percent=0]}.
 */
public final class EnrichmentBenchmark {

    private EnrichmentBenchmark() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        int htmlPercent = args.length > 3 ? Integer.parseInt(args[3]) : 0;

        Enricher.warmUp();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        ArticleGenerator generator = new ArticleGenerator(seed);
        List<RawArticle> input = new ArrayList<>(articles + warmup);
        long bytes = 0;
        for (int i = 0; i < articles + warmup; i++) {
            RawArticle article = i % 100 < htmlPercent ? generator.nextHtml() : generator.next();
            input.add(article);
            bytes += i >= warmup ? article.body().length() : 0;
        }
        Instant ingestedAt = Instant.now();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += enricher.enrich(input.get(i), new ArticleContext(input.get(i).id(), i, ingestedAt)).wordCount();
        }
        long[] stageNanos = new long[Stage.values().length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = warmup; i < input.size(); i++) {
            TimedEnrichment timed = enricher.enrichTimed(input.get(i), new ArticleContext(input.get(i).id(), i, ingestedAt));
            EnrichedArticle article = timed.article();
            sink += article.wordCount() + article.removed().size();
            for (Stage stage : Stage.values()) {
                stageNanos[stage.ordinal()] += timed.timings().nanos(stage);
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "articles: %d (after %d warm-up), mean body %d chars, html %d%%%n", articles,
                warmup, bytes / Math.max(1, articles), htmlPercent);
        System.out.printf(Locale.ROOT, "throughput: %.0f articles/s on one thread (%.3f ms/article wall clock)%n",
                articles / (elapsed / 1e9), elapsed / 1e6 / articles);
        // CPU time of this thread: what one core does, without the time other processes took from it
        System.out.printf(Locale.ROOT, "cpu-time throughput: %.0f articles/s (%.3f ms/article)%n",
                articles / (cpu / 1e9), cpu / 1e6 / articles);
        System.out.println("mean per stage (wall clock):");
        for (Stage stage : Stage.values()) {
            System.out.printf(Locale.ROOT, "  %-13s %.4f ms%n", stage, stageNanos[stage.ordinal()] / 1e6 / articles);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
