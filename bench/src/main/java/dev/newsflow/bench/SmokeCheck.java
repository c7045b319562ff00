package dev.newsflow.bench;

import dev.newsflow.bench.core.HtmlBench;
import dev.newsflow.bench.report.Measure;
import dev.newsflow.bench.report.ProcessUsage;
import dev.newsflow.bench.report.Report;
import java.util.ArrayList;
import java.util.List;

/** What a smoke run checks: every selected part produced its figures. No figure is judged. */
final class SmokeCheck {

    private SmokeCheck() {
    }

    static List<String> missing(BenchOptions options, Report report) {
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (options.runs(Part.BASELINE)) {
            keys.addAll(List.of("baseline.producer", "baseline.consumer", "baseline.upsert"));
        }
        if (options.runs(Part.CORE)) {
            keys.add("core.generated");
            if (report.input() != null && report.input().real()) {
                keys.addAll(List.of("core.text", "core.scraped"));
                List<String> html = List.of(HtmlBench.ENRICH, HtmlBench.READABILITY, HtmlBench.JSOUP);
                // a corpus without pages of 100 KB to 1 MB has no HTML figures; one with them has all three
                if (html.stream().anyMatch(key -> report.cpu(key) != null)) {
                    for (String key : html) {
                        if (report.cpu(key) == null || !(report.cpu(key).medianMs() > 0)) {
                            missing.add("smoke: no CPU figures for " + key);
                        }
                    }
                }
            }
        }
        if (options.runs(Part.MEMORY) && report.budgets().stream().noneMatch(b -> b.key().equals("memory"))) {
            missing.add("smoke: no memory figures");
        }
        if (options.runs(Part.E2E)) {
            keys.addAll(List.of("e2e", "e2e.publish"));
        }
        if (options.runs(Part.LATENCY)) {
            options.rates().forEach(rate -> keys.add("latency." + rate));
        }
        for (String key : keys) {
            Measure m = report.measure(key);
            if (m == null || m.perSecond() == null || !(m.perSecond() > 0)) {
                missing.add("smoke: no figures for " + key);
            } else if ((key.equals("e2e") || key.startsWith("latency.")) && m.p99Ms() == null) {
                missing.add("smoke: no latencies for " + key);
            }
        }
        if (options.runs(Part.SEARCH) && report.measures().stream()
                .noneMatch(m -> m.key().startsWith("search.") && m.p95Ms() != null && m.count() != null && m.count() > 0)) {
            missing.add("smoke: no search latencies");
        }
        if (options.runs(Part.CORE) && report.stagesMs().isEmpty()) {
            missing.add("smoke: no stage breakdown for core");
        }
        if (options.runs(Part.RESOURCES) && (options.runs(Part.E2E) || options.runs(Part.LATENCY))) {
            if (report.processes().isEmpty()) {
                missing.add("smoke: no resource figures");
            }
            for (ProcessUsage p : report.processes()) {
                if (p.cpuMsPerArticle() == null || p.peakRssMb() == null) {
                    missing.add("smoke: no CPU or memory figures for " + p.name());
                }
            }
        }
        return missing;
    }
}
