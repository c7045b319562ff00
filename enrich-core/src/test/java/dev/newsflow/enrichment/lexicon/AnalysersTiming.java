package dev.newsflow.enrichment.lexicon;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.category.Categorizer;
import dev.newsflow.enrichment.entities.EntityExtractor;
import dev.newsflow.enrichment.keywords.KeywordExtractor;
import dev.newsflow.enrichment.quotes.QuoteExtractor;
import dev.newsflow.enrichment.summary.Summarizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A quick, single-threaded timing of the five analysers on the seed (about 3 KB), in thread CPU
 * time so a busy machine distorts it less. Each article is a fresh {@link TextAnalysis} instance, as
 * in the pipeline, so tokenising is paid once per article and shared by the five. Not a test:
 * {@code java -cp <test classpath> dev.newsflow.enrichment.lexicon.AnalysersTiming}.
 */
public final class AnalysersTiming {

    private AnalysersTiming() {
    }

    public static void main(String[] args) {
        TextAnalysis seed = TestArticles.seed();
        List<TextAnalysis> articles = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            articles.add(new TextAnalysis(seed.title(), seed.body(), seed.sentences(), seed.language()));
        }
        EntityExtractor entities = new EntityExtractor();
        KeywordExtractor keywords = new KeywordExtractor();
        Summarizer summarizer = new Summarizer();
        Categorizer categorizer = new Categorizer();
        QuoteExtractor quotes = new QuoteExtractor();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int chars = seed.title().length() + seed.body().length();
        System.out.printf("article: %d chars, %d sentences%n", chars, seed.sentences().size());
        long sink = 0;
        String[] names = {"tokenise", "entities", "keywords", "summary", "category", "quotes", "total"};
        for (int round = 0; round < 10; round++) {
            long[][] spent = new long[7][articles.size()];
            for (int a = 0; a < articles.size(); a++) {
                TextAnalysis article = articles.get(a);
                long t0 = cpu.getCurrentThreadCpuTime();
                sink += TokenizedText.of(article).tokens().size();
                long t1 = cpu.getCurrentThreadCpuTime();
                sink += entities.extract(article).size();
                long t2 = cpu.getCurrentThreadCpuTime();
                sink += keywords.extract(article).size();
                long t3 = cpu.getCurrentThreadCpuTime();
                sink += summarizer.summarize(article).length();
                long t4 = cpu.getCurrentThreadCpuTime();
                sink += categorizer.categorize(article).category().ordinal();
                long t5 = cpu.getCurrentThreadCpuTime();
                sink += quotes.extract(article).size();
                long t6 = cpu.getCurrentThreadCpuTime();
                long[] t = {t0, t1, t2, t3, t4, t5, t6};
                for (int k = 0; k < 6; k++) {
                    spent[k][a] = t[k + 1] - t[k];
                }
                spent[6][a] = t6 - t0;
            }
            if (round >= 7) {
                StringBuilder line = new StringBuilder("round " + round + ", µs per article (mean / median / min):");
                for (int k = 0; k < 7; k++) {
                    long[] v = spent[k].clone();
                    Arrays.sort(v);
                    double mean = Arrays.stream(v).average().orElse(0) / 1_000.0;
                    line.append(String.format(" %s %.1f/%.1f/%.1f", names[k], mean, v[v.length / 2] / 1_000.0, v[0] / 1_000.0));
                }
                System.out.println(line);
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
