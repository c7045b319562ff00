package dev.newsflow.bench.core;

import dev.newsflow.bench.input.RealCorpus;
import dev.newsflow.bench.report.CpuFigures;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Real HTML pages through three contenders on this thread, page by page in the same rounds: the
 * whole enrichment (extraction, cleaning and every analyser), Readability4J's extraction (the Java
 * port of Mozilla's Readability, the baseline the issue names) and jsoup's parse alone (the floor:
 * any extractor built on jsoup pays it). Each page's figure is the median of its rounds' thread
 * CPU times; the set's figures are the median and 90th percentile over pages. The contenders take
 * turns in a rotating order, so none always runs on caches the other left.
 */
public final class HtmlBench {

    public static final String ENRICH = "html.enrich";
    public static final String READABILITY = "html.readability4j";
    public static final String JSOUP = "html.jsoup";

    /** The three contenders' figures, and the pages a contender failed on (left out of its figures). */
    public record Result(CpuFigures enrich, CpuFigures readability, CpuFigures jsoup, Set<String> failed) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int CONTENDERS = 3;

    private HtmlBench() {
    }

    public static Result run(List<RealCorpus.Page> pages, int warmupRounds, int rounds, String sizes) {
        Enricher.warmUp();
        int n = pages.size();
        long[][][] cpu = new long[CONTENDERS][n][rounds];
        long[] stageNanos = new long[Stage.values().length];
        Set<String> failed = new TreeSet<>();
        boolean[][] broken = new boolean[CONTENDERS][n];
        Instant ingestedAt = Instant.now();
        long sink = 0;
        for (int round = -warmupRounds; round < rounds; round++) {
            // a fresh store each round: every round sees each site's pages as a site's first few articles
            Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
            for (int p = 0; p < n; p++) {
                RealCorpus.Page page = pages.get(p);
                String id = "page-" + (round + warmupRounds) + "-" + p;
                String url = "https://www." + page.site() + ".example/news/" + page.name();
                for (int turn = 0; turn < CONTENDERS; turn++) {
                    int c = Math.floorMod(turn + round + p, CONTENDERS);
                    long before = THREADS.getCurrentThreadCpuTime();
                    try {
                        switch (c) {
                            case 0 -> {
                                RawArticle article = new RawArticle(id, url, page.site(), "", page.html(),
                                        RawArticle.TEXT_HTML, null, null, null, Map.of());
                                TimedEnrichment timed = enricher.enrichTimed(article,
                                        new ArticleContext(id, round + warmupRounds, ingestedAt));
                                sink += timed.article().wordCount();
                                if (round >= 0) {
                                    for (Stage stage : Stage.values()) {
                                        stageNanos[stage.ordinal()] += timed.timings().nanos(stage);
                                    }
                                }
                            }
                            case 1 -> sink += new Readability4J(url, page.html()).parse().getTextContent().length();
                            default -> sink += Jsoup.parse(page.html(), url).childNodeSize();
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        broken[c][p] = true;
                        failed.add(name(c) + " on " + page.name() + ": " + e.getClass().getSimpleName());
                    }
                    long spent = THREADS.getCurrentThreadCpuTime() - before;
                    if (round >= 0) {
                        cpu[c][p][round] = spent;
                    }
                }
            }
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.name().toLowerCase(Locale.ROOT), stageNanos[stage.ordinal()] / 1e6 / Math.max(1, n * rounds));
        }
        double kb = medianKb(pages);
        String common = String.format(Locale.ROOT, "%d pages of %s, median of %d rounds per page after %d warm-up rounds",
                n, sizes, rounds, warmupRounds);
        return new Result(
                CpuFigures.of(ENRICH, "real HTML page, whole enrichment", perPage(cpu[0], broken[0]), kb, stages,
                        common + "; stage times are wall clock (clean includes parsing and extraction)"),
                CpuFigures.of(READABILITY, "Readability4J 1.0.8, same pages (extraction only)", perPage(cpu[1], broken[1]),
                        kb, Map.of(), common + " (checksum " + sink + ")"),
                CpuFigures.of(JSOUP, "jsoup parse alone, same pages (floor)", perPage(cpu[2], broken[2]), kb, Map.of(),
                        common),
                failed);
    }

    private static String name(int contender) {
        return switch (contender) {
            case 0 -> "enrichment";
            case 1 -> "Readability4J";
            default -> "jsoup";
        };
    }

    /** Each page's median over its rounds, leaving out pages the contender failed on. */
    private static long[] perPage(long[][] rounds, boolean[] broken) {
        List<Long> medians = new ArrayList<>();
        for (int p = 0; p < rounds.length; p++) {
            if (!broken[p] && rounds[p].length > 0) {
                long[] sorted = rounds[p].clone();
                Arrays.sort(sorted);
                medians.add(sorted[(sorted.length - 1) / 2]);
            }
        }
        return medians.stream().mapToLong(Long::longValue).toArray();
    }

    private static double medianKb(List<RealCorpus.Page> pages) {
        long[] bytes = pages.stream().mapToLong(RealCorpus.Page::bytes).sorted().toArray();
        return CpuFigures.percentile(bytes, 50) / 1024;
    }
}
