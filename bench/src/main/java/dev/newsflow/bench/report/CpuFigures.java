package dev.newsflow.bench.report;

import java.util.Arrays;
import java.util.Map;

/**
 * Thread CPU per item of one set on one thread (an article enriched, a page extracted or parsed):
 * unlike wall-clock time, other processes on a busy machine barely change it.
 *
 * @param key       stable name for comparisons between runs ({@code core.text}, {@code html.readability4j})
 * @param kbMedian  median size of the input, in KB of UTF-8
 * @param stagesMs  mean wall-clock milliseconds of each enrichment stage (empty for the baselines)
 */
public record CpuFigures(String key, String label, int count, double kbMedian, double medianMs, double p90Ms,
        double meanMs, Map<String, Double> stagesMs, String note) {

    /** Median, 90th percentile and mean of per-item CPU nanoseconds. */
    public static CpuFigures of(String key, String label, long[] cpuNanos, double kbMedian, Map<String, Double> stagesMs,
            String note) {
        long[] sorted = cpuNanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
        return new CpuFigures(key, label, sorted.length, kbMedian, percentile(sorted, 50) / 1e6,
                percentile(sorted, 90) / 1e6, mean, stagesMs, note);
    }

    /** Nearest-rank percentile of sorted values; NaN for none. */
    public static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
