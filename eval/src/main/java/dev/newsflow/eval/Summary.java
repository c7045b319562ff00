package dev.newsflow.eval;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A run's figures. Each page weighs the same: precision and recall are averaged over pages and F1
 * is taken from the two averages, as the independent evaluation does.
 */
record Summary(
        int pages,
        int failures,
        double precision,
        double recall,
        double f1,
        Share title,
        Share language,
        Share author,
        Share published,
        Share furnitureKept,
        Share furnitureKeptFirst,
        Share furnitureKeptLearned,
        double cpuMedianMs,
        double cpuP90Ms,
        double cpuMaxMs) {

    /** A source's articles from this one on are scored as "learned" (the first five teach it). */
    static final int LEARNED_FROM = 6;

    /** A mean over the pages it applies to, with how many those were. */
    record Share(double value, int pages) {

        static Share of(List<PageResult> results, Predicate<PageResult> applies, ToDoubleFunction<PageResult> value) {
            double sum = 0;
            int n = 0;
            for (PageResult r : results) {
                if (applies.test(r)) {
                    sum += value.applyAsDouble(r);
                    n++;
                }
            }
            return new Share(n == 0 ? Double.NaN : sum / n, n);
        }
    }

    static Summary of(List<PageResult> results) {
        int n = results.size();
        double precision = results.stream().mapToDouble(r -> r.overlap().precision()).average().orElse(Double.NaN);
        double recall = results.stream().mapToDouble(r -> r.overlap().recall()).average().orElse(Double.NaN);
        double[] cpu = results.stream().mapToDouble(r -> r.cpuNanos() / 1e6).sorted().toArray();
        Predicate<PageResult> hasFurniture = r -> !Double.isNaN(r.furnitureKept());
        return new Summary(n, (int) results.stream().filter(r -> r.error() != null).count(), precision, recall,
                Overlap.f1(precision, recall),
                Share.of(results, r -> r.titleRight() != null, r -> r.titleRight() ? 1 : 0),
                Share.of(results, r -> r.languageRight() != null, r -> r.languageRight() ? 1 : 0),
                Share.of(results, r -> r.authorRight() != null, r -> r.authorRight() ? 1 : 0),
                Share.of(results, r -> r.publishedRight() != null, r -> r.publishedRight() ? 1 : 0),
                Share.of(results, hasFurniture, PageResult::furnitureKept),
                Share.of(results, hasFurniture.and(r -> r.ordinal() == 1), PageResult::furnitureKept),
                Share.of(results, hasFurniture.and(r -> r.ordinal() >= LEARNED_FROM), PageResult::furnitureKept),
                percentile(cpu, 0.5), percentile(cpu, 0.9), cpu.length == 0 ? Double.NaN : cpu[cpu.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
