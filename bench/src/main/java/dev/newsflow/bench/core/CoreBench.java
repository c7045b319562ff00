package dev.newsflow.bench.core;

import dev.newsflow.bench.report.CpuFigures;
import dev.newsflow.bench.report.Measure;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.Stage;
import dev.newsflow.enrichment.TimedEnrichment;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The enrichment core alone, on this thread, over one set of text articles: a warm-up pass over
 * them, then one timed pass, each article's thread CPU time taken on its own (median and 90th
 * percentile), with the time of each stage. The timed pass gets a fresh enricher, so what the
 * per-source learner saw in the warm-up (or in another set) does not make it cheaper.
 */
public final class CoreBench {

    /**
     * The measured pass: its throughput, its CPU per article, the enriched articles (the bulk upsert
     * stores them) and the articles enrichment threw on (left out of the figures; the service
     * would dead-letter them).
     */
    public record Result(Measure measure, CpuFigures cpu, List<EnrichedArticle> enriched, List<String> failures) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CoreBench() {
    }

    /**
     * @param measured the articles whose CPU is taken
     * @param warmup   articles of the set enriched first by another enricher, for the JIT (cycled when more)
     */
    public static Result run(String key, String label, List<RawArticle> measured, int warmup) {
        Enricher.warmUp();
        Instant ingestedAt = Instant.now();
        long version = 0;
        Enricher warming = new Enricher(new InMemorySourceBoilerplateStore());
        for (int i = 0; i < warmup && !measured.isEmpty(); i++) {
            RawArticle article = measured.get(i % measured.size());
            try {
                warming.enrich(article, new ArticleContext(article.id(), version++, ingestedAt));
            } catch (RuntimeException e) {
                // counted in the timed pass
            }
        }
        List<String> failures = new ArrayList<>();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        long[] stageNanos = new long[Stage.values().length];
        long[] cpu = new long[measured.size()];
        int done = 0;
        List<EnrichedArticle> enriched = new ArrayList<>(measured.size());
        long cpuTotal = 0;
        long start = System.nanoTime();
        for (int i = 0; i < measured.size(); i++) {
            RawArticle article = measured.get(i);
            long before = THREADS.getCurrentThreadCpuTime();
            TimedEnrichment timed;
            try {
                timed = enricher.enrichTimed(article, new ArticleContext(article.id(), version++, ingestedAt));
            } catch (RuntimeException e) {
                failures.add(article.id() + " (" + article.source() + ", title '" + article.title() + "'): " + e);
                continue;
            }
            cpu[done] = THREADS.getCurrentThreadCpuTime() - before;
            cpuTotal += cpu[done++];
            enriched.add(timed.article());
            for (Stage stage : Stage.values()) {
                stageNanos[stage.ordinal()] += timed.timings().nanos(stage);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] bytes = new long[measured.size()];
        double totalBytes = 0;
        for (int i = 0; i < measured.size(); i++) {
            RawArticle article = measured.get(i);
            bytes[i] = article.body().getBytes(StandardCharsets.UTF_8).length + article.title().length();
            totalBytes += bytes[i];
        }
        Arrays.sort(bytes);
        Map<String, Double> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.name().toLowerCase(Locale.ROOT), stageNanos[stage.ordinal()] / 1e6 / Math.max(1, done));
        }
        CpuFigures figures = CpuFigures.of(key, label, Arrays.copyOf(cpu, done), CpuFigures.percentile(bytes, 50) / 1024, stages,
                String.format(Locale.ROOT, "warm-up %d articles; stage times are wall clock", warmup));
        Measure measure = Measure.throughput(key, label + " (1 thread)", done, seconds, totalBytes)
                .withNote(String.format(Locale.ROOT, "%.0f articles/s by thread CPU time; CPU per article median %.3f ms, "
                        + "p90 %.3f ms; warm-up %d articles%s", done / (cpuTotal / 1e9), figures.medianMs(),
                        figures.p90Ms(), warmup, failures.isEmpty() ? "" : "; enrichment THREW on " + failures.size()
                        + " of " + measured.size() + " (left out; first: " + failures.get(0) + ")"));
        return new Result(measure, figures, enriched, List.copyOf(failures));
    }
}
