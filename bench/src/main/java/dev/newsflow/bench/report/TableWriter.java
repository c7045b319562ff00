package dev.newsflow.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one table a bench run prints, with the ratios, stage breakdown and targets under it. */
public final class TableWriter {

    static final String[] HEADER = {"measure", "articles/s", "MB/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
        "CPU ms/article", "peak RSS MB", "peak heap MB"};
    static final String[] CPU_HEADER = {"CPU per article or page, 1 thread", "items", "median KB", "median ms", "p90 ms",
        "mean ms"};

    private TableWriter() {
    }

    public static String render(Report report) {
        List<String[]> rows = new ArrayList<>();
        for (Measure m : report.measures()) {
            rows.add(new String[] {m.label(), number(m.perSecond(), 0), number(m.mbPerSecond(), 1), number(m.p50Ms(), 1),
                number(m.p95Ms(), 1), number(m.p99Ms(), 1), number(m.maxMs(), 1), "", "", ""});
        }
        double rss = 0;
        for (ProcessUsage p : report.processes()) {
            rows.add(new String[] {"process " + p.name(), "", "", "", "", "", "", number(p.cpuMsPerArticle(), 3),
                number(p.peakRssMb(), 0), number(p.peakHeapMb(), 0)});
            rss += p.peakRssMb() == null ? 0 : p.peakRssMb();
        }
        if (!report.processes().isEmpty()) {
            double cpu = report.processes().stream().mapToDouble(p -> p.cpuMsPerArticle() == null ? 0 : p.cpuMsPerArticle()).sum();
            rows.add(new String[] {"stack total", "", "", "", "", "", "", number(cpu, 3), number(rss, 0), ""});
        }
        StringBuilder out = new StringBuilder();
        if (report.input() != null) {
            out.append("input: ").append(report.input().description()).append(System.lineSeparator());
        }
        table(out, HEADER, rows);
        out.append(String.format(Locale.ROOT, "ratio end-to-end / raw producer: %s    publish stage / bulk upsert: %s%n",
                number(report.endToEndOverProducer(), 3), number(report.publishOverBulkUpsert(), 3)));
        if (!report.cpu().isEmpty()) {
            List<String[]> cpuRows = new ArrayList<>();
            for (CpuFigures c : report.cpu()) {
                cpuRows.add(new String[] {c.label(), Integer.toString(c.count()), number(c.kbMedian(), 1),
                    number(c.medianMs(), 3), number(c.p90Ms(), 3), number(c.meanMs(), 3)});
            }
            out.append(System.lineSeparator());
            table(out, CPU_HEADER, cpuRows);
            for (CpuFigures c : report.cpu()) {
                if (!c.stagesMs().isEmpty()) {
                    out.append(stages("stages of " + c.label() + ", mean wall ms:", c.stagesMs()));
                }
            }
        } else if (report.stagesMs() != null && !report.stagesMs().isEmpty()) {
            out.append(stages("enrichment stages, mean ms/article:", report.stagesMs()));
        }
        for (Budget b : report.budgets()) {
            String verdict = b.met() == null ? "n/a " : b.met() ? "MET " : "MISS";
            out.append(String.format(Locale.ROOT, "budget %s  %-52s %s%n", verdict, b.budget(), b.measured()));
        }
        for (TargetCheck t : report.targets()) {
            String verdict = t.met() == null ? "n/a " : t.met() ? "MET " : "MISS";
            out.append(String.format(Locale.ROOT, "target %s  %-45s %s%n", verdict, t.target(), t.measured()));
        }
        for (Measure m : report.measures()) {
            if (m.note() != null) {
                out.append(String.format(Locale.ROOT, "note %s: %s%n", m.label(), m.note()));
            }
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** Each stage's mean and, as the wall clock of a busy machine inflates them all alike, its share of the whole. */
    private static String stages(String title, Map<String, Double> stages) {
        StringBuilder out = new StringBuilder(title);
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> stage : stages.entrySet()) {
            out.append(' ').append(stage.getKey().toLowerCase(Locale.ROOT)).append(' ').append(number(stage.getValue(), 3));
            if (total > 0) {
                out.append(String.format(Locale.ROOT, " (%.0f%%)", 100 * stage.getValue() / total));
            }
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static void table(StringBuilder out, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        line(out, header, widths);
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c == 0) {
                line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells[c]));
            } else {
                line.append("  ").append(String.format(Locale.ROOT, "%" + widths[c] + "s", cells[c]));
            }
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    static String number(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
