package dev.newsflow.bench;

import dev.newsflow.bench.report.Measure;
import dev.newsflow.bench.report.ProcessUsage;
import dev.newsflow.bench.report.Report;
import dev.newsflow.bench.report.TargetCheck;
import dev.newsflow.bench.search.SearchBenchmark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The targets for a 2-core machine, checked against a run (not asserted: a smoke run only reports). */
final class Targets {

    static final double P99_MS_AT_500 = 250;
    static final double HEAP_MB = 256;
    static final double STACK_RSS_MB = 2_048;
    static final double UP_SECONDS = 30;

    private Targets() {
    }

    /** Every kind of search and filter request (not the stream, not the "all" mix) has p95 under 100 ms. */
    private static TargetCheck search(Report report, BenchOptions options) {
        String target = "search/filter p95 < 100 ms each (200,000 articles)";
        Measure slowest = report.measures().stream()
                .filter(m -> m.key().startsWith("search.") && m.p95Ms() != null)
                .filter(m -> !m.key().equals("search.all") && !m.key().startsWith("search.stream"))
                .max(Comparator.comparingDouble(Measure::p95Ms))
                .orElse(null);
        if (slowest == null) {
            return new TargetCheck(target, "not run", null);
        }
        return new TargetCheck(target, String.format(Locale.ROOT, "slowest p95 %.0f ms (%s)%s", slowest.p95Ms(),
                slowest.label(), options.searchArticles() < SearchBenchmark.TARGET_ARTICLES ? " (not the full-size store)" : ""),
                slowest.p95Ms() < SearchBenchmark.TARGET_P95_MS);
    }

    static List<TargetCheck> check(Report report, BenchOptions options) {
        List<TargetCheck> checks = new ArrayList<>();
        // the 2,000 articles/s end-to-end target is retired for two cores: throughput grows by adding
        // instances, so the rate is reported, not judged
        Measure e2e = report.measure("e2e");
        checks.add(new TargetCheck("end to end, articles/s (reported; the 2,000/s target is retired on 2 cores)",
                e2e == null ? "not run" : String.format(Locale.ROOT, "%.0f/s for %d", e2e.perSecond(), e2e.count()), null));
        Measure at500 = report.measure("latency.500");
        checks.add(at500 == null ? new TargetCheck("p99 ingest -> queryable <= 250 ms at 500/s", "not run", null)
                : new TargetCheck("p99 ingest -> queryable <= 250 ms at 500/s",
                        String.format(Locale.ROOT, "p99 %.0f ms", at500.p99Ms()), at500.p99Ms() <= P99_MS_AT_500));
        double heap = report.processes().stream().map(ProcessUsage::peakHeapMb).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        checks.add(Double.isNaN(heap) ? new TargetCheck("heap <= 256 MB per service", "not measured", null)
                : new TargetCheck("heap <= 256 MB per service", String.format(Locale.ROOT, "max %.0f MB", heap), heap <= HEAP_MB));
        double rss = report.processes().stream().map(ProcessUsage::peakRssMb).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
        checks.add(report.processes().isEmpty() ? new TargetCheck("stack < 2 GB resident", "not measured", null)
                : new TargetCheck("stack < 2 GB resident", String.format(Locale.ROOT, "%.0f MB (sum of peaks)", rss),
                        rss < STACK_RSS_MB));
        checks.add(search(report, options));
        Double up = report.run().upSeconds();
        checks.add(up == null ? new TargetCheck("./newsflow up healthy < 30 s", "stack was running", null)
                : new TargetCheck("./newsflow up healthy < 30 s", String.format(Locale.ROOT, "%.1f s", up), up < UP_SECONDS));
        if (options.smoke()) {
            return checks.stream().map(c -> new TargetCheck(c.target(), c.measured() + " (smoke sizes)", null)).toList();
        }
        return checks;
    }
}
