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
 * The enrichment core alone, on this thread, over sets of text articles (real story text, real
 * scraped text, generated text): a warm-up pass over them, then one timed pass, each article's
 * thread CPU time taken on its own (median and 90th percentile), with the time of each stage.
 * The sets are timed in turn, article by article, so that whatever else loads the machine weighs
 * on all of them alike and their ratios hold. Each set has its own enricher, fresh for the timed
 * pass, so what the per-source learner saw in the warm-up (or in another set) makes nothing cheaper.
 */
public final class CoreBench {

    /** Articles to time under one key. */
    public record Set(String key, String label, List<RawArticle> articles) {
    }

    /**
     * One set's timed pass: its throughput, its CPU per article, the enriched articles (the bulk
     * upsert stores them) and the articles enrichment threw on (left out of the figures; the
     * service would dead-letter them).
     */
    public record Result(Measure measure, CpuFigures cpu, List<EnrichedArticle> enriched, List<String> failures) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CoreBench() {
    }

    /** One set alone (the bulk upsert's rows). */
    public static Result run(String key, String label, List<RawArticle> measured, int warmup) {
        return run(List.of(new Set(key, label, measured)), warmup).get(0);
    }

    /**
     * @param warmup articles of each set enriched first by throw-away enrichers, for the JIT (cycled when more)
     */
    public static List<Result> run(List<Set> sets, int warmup) {
        Enricher.warmUp();
        Instant ingestedAt = Instant.now();
        long version = 0;
        List<Enricher> warming = sets.stream().map(s -> new Enricher(new InMemorySourceBoilerplateStore())).toList();
        for (int i = 0; i < warmup; i++) {
            for (int s = 0; s < sets.size(); s++) {
                List<RawArticle> articles = sets.get(s).articles();
                if (!articles.isEmpty()) {
                    RawArticle article = articles.get(i % articles.size());
                    try {
                        warming.get(s).enrich(article, new ArticleContext(article.id(), version++, ingestedAt));
                    } catch (RuntimeException e) {
                        // counted in the timed pass
                    }
                }
            }
        }
        List<Timed> timed = sets.stream().map(Timed::new).toList();
        int longest = sets.stream().mapToInt(s -> s.articles().size()).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (int turn = 0; turn < timed.size(); turn++) {
                Timed set = timed.get((i + turn) % timed.size());
                if (i < set.set.articles().size()) {
                    set.enrich(set.set.articles().get(i), version++, ingestedAt);
                }
            }
        }
        return timed.stream().map(t -> t.result(warmup)).toList();
    }

    /** A set's enricher and what its timed pass measured so far. */
    private static final class Timed {
        final Set set;
        final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        final long[] stageNanos = new long[Stage.values().length];
        final long[] cpu;
        final List<EnrichedArticle> enriched;
        final List<String> failures = new ArrayList<>();
        int done;
        long cpuTotal;
        long wallNanos;

        Timed(Set set) {
            this.set = set;
            this.cpu = new long[set.articles().size()];
            this.enriched = new ArrayList<>(set.articles().size());
        }

        void enrich(RawArticle article, long version, Instant ingestedAt) {
            long start = System.nanoTime();
            long before = THREADS.getCurrentThreadCpuTime();
            TimedEnrichment result;
            try {
                result = enricher.enrichTimed(article, new ArticleContext(article.id(), version, ingestedAt));
            } catch (RuntimeException e) {
                failures.add(article.id() + " (" + article.source() + ", title '" + article.title() + "'): " + e);
                return;
            }
            cpu[done] = THREADS.getCurrentThreadCpuTime() - before;
            wallNanos += System.nanoTime() - start;
            cpuTotal += cpu[done++];
            enriched.add(result.article());
            for (Stage stage : Stage.values()) {
                stageNanos[stage.ordinal()] += result.timings().nanos(stage);
            }
        }

        Result result(int warmup) {
            List<RawArticle> articles = set.articles();
            long[] bytes = new long[articles.size()];
            double totalBytes = 0;
            for (int i = 0; i < articles.size(); i++) {
                bytes[i] = articles.get(i).body().getBytes(StandardCharsets.UTF_8).length + articles.get(i).title().length();
                totalBytes += bytes[i];
            }
            Arrays.sort(bytes);
            Map<String, Double> stages = new LinkedHashMap<>();
            for (Stage stage : Stage.values()) {
                stages.put(stage.name().toLowerCase(Locale.ROOT), stageNanos[stage.ordinal()] / 1e6 / Math.max(1, done));
            }
            CpuFigures figures = CpuFigures.of(set.key(), set.label(), Arrays.copyOf(cpu, done),
                    CpuFigures.percentile(bytes, 50) / 1024, stages,
                    String.format(Locale.ROOT, "warm-up %d articles; stage times are wall clock", warmup));
            Measure measure = Measure.throughput(set.key(), set.label() + " (1 thread)", done,
                    Math.max(1e-9, wallNanos / 1e9), totalBytes)
                    .withNote(String.format(Locale.ROOT, "%.0f articles/s by thread CPU time; CPU per article median %.3f "
                            + "ms, p90 %.3f ms; warm-up %d articles%s", done / (cpuTotal / 1e9), figures.medianMs(),
                            figures.p90Ms(), warmup, failures.isEmpty() ? "" : "; enrichment THREW on " + failures.size()
                            + " of " + articles.size() + " (left out; first: " + failures.get(0) + ")"));
            return new Result(measure, figures, List.copyOf(enriched), List.copyOf(failures));
        }
    }
}
