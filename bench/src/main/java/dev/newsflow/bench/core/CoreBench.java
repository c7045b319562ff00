package dev.newsflow.bench.core;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The enrichment core alone, on this thread: a warm-up pass, then one timed pass over the same
 * articles, with the time of each stage. The thread's CPU time is kept too: on a shared machine it
 * shows what the core costs when other processes take the wall clock.
 */
public final class CoreBench {

    /** The measured pass, its stage means and the enriched articles (the bulk upsert stores them). */
    public record Result(Measure measure, Map<String, Double> stagesMs, List<EnrichedArticle> enriched) {
    }

    private CoreBench() {
    }

    public static Result run(List<RawArticle> articles, int warmup) {
        Enricher.warmUp();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        Instant ingestedAt = Instant.now();
        for (int i = 0; i < warmup; i++) {
            RawArticle article = articles.get(i % articles.size());
            enricher.enrich(article, new ArticleContext(article.id(), i, ingestedAt));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] stageNanos = new long[Stage.values().length];
        List<EnrichedArticle> enriched = new ArrayList<>(articles.size());
        double bytes = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            RawArticle article = articles.get(i);
            TimedEnrichment timed = enricher.enrichTimed(article, new ArticleContext(article.id(), warmup + i, ingestedAt));
            enriched.add(timed.article());
            for (Stage stage : Stage.values()) {
                stageNanos[stage.ordinal()] += timed.timings().nanos(stage);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        for (RawArticle article : articles) {
            bytes += article.body().getBytes(StandardCharsets.UTF_8).length + article.title().length();
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.name().toLowerCase(Locale.ROOT), stageNanos[stage.ordinal()] / 1e6 / articles.size());
        }
        Measure measure = Measure.throughput("core", "enrichment core (1 thread)", articles.size(), seconds, bytes)
                .withNote(String.format(Locale.ROOT, "%.0f articles/s by thread CPU time; warm-up %d articles",
                        articles.size() / cpuSeconds, warmup));
        return new Result(measure, stages, enriched);
    }
}
