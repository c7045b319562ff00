package dev.newsflow.enrichment.language;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.language.MultilingualCorpus.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the whole enrichment of real articles cut to about 3 KB (whole paragraphs), per
 * language, in per-thread CPU time so that a busy machine distorts it less: the corpus's news
 * pages' story text, each enriched as text/plain without a declared language (only public API, so
 * the same class times an older build too). Not a test (timings never are):
 * {@code java -cp <test classpath> dev.newsflow.enrichment.language.MultilingualTiming [rounds]}.
 */
public final class MultilingualTiming {

    static final int TARGET_CHARS = 3_000;

    private MultilingualTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Article> articles = new ArrayList<>();
        Path pages = MultilingualCorpus.pagesDir().orElseThrow(() -> new IllegalStateException("../shared/corpora is absent"));
        new TreeMap<>(MultilingualCorpus.NON_ENGLISH_NEWS).forEach((n, l) -> articles.add(MultilingualCorpus.page(pages, n, l)));
        MultilingualCorpus.ENGLISH_NEWS.forEach(n -> articles.add(MultilingualCorpus.page(pages, n, "en")));
        List<RawArticle> raws = new ArrayList<>();
        for (Article a : articles) {
            raws.add(new RawArticle(null, null, "timing-" + a.name(), a.title(), cut(a.paragraphs()), RawArticle.TEXT_PLAIN,
                    null, null, null, Map.of()));
        }
        Enricher.warmUp();
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] spent = new long[raws.size()][rounds];
        long sink = 0;
        for (int round = -rounds / 2; round < rounds; round++) { // the first half-rounds warm up
            for (int i = 0; i < raws.size(); i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                sink += enricher.enrich(raws.get(i), new ArticleContext("t" + i + "-" + round, 1, null)).wordCount();
                long t1 = cpu.getCurrentThreadCpuTime();
                if (round >= 0) {
                    spent[i][round] = t1 - t0;
                }
            }
        }
        Map<String, List<Double>> byLanguage = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            long[] s = spent[i].clone();
            Arrays.sort(s);
            double medianMs = s[s.length / 2] / 1e6;
            byLanguage.computeIfAbsent(articles.get(i).language(), k -> new ArrayList<>()).add(medianMs);
            all.add(medianMs);
        }
        System.out.printf(Locale.ROOT, "whole enrichment of real articles cut to ~%d chars, median CPU per article (%d rounds)%n",
                TARGET_CHARS, rounds);
        byLanguage.forEach((language, ms) -> System.out.printf(Locale.ROOT, "  %-3s %2d articles  mean of medians %.3f ms%n",
                language, ms.size(), ms.stream().mapToDouble(d -> d).average().orElse(0)));
        System.out.printf(Locale.ROOT, "  all %2d articles  mean of medians %.3f ms   (sink %d)%n", all.size(),
                all.stream().mapToDouble(d -> d).average().orElse(0), sink % 10);
    }

    /** Whole paragraphs up to about {@link #TARGET_CHARS} chars. */
    static String cut(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            if (sb.length() > 0 && sb.length() + p.length() > TARGET_CHARS) {
                break;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
