package dev.newsflow.bench;

import dev.newsflow.bench.core.HtmlBench;
import dev.newsflow.bench.memory.MemoryBounds;
import dev.newsflow.bench.report.Budget;
import dev.newsflow.bench.report.CpuFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The enrichment budgets (one core, real text) against a run, each also as a ratio against
 * a baseline measured in the same run: a budget in milliseconds depends on the machine and on what
 * else runs on it, a ratio much less. Judged only on real text: on generated text {@code met} is null.
 */
final class Budgets {

    static final double TEXT_MS = 2.0;
    static final double HTML_MS = 10.0;
    static final double HTML_OVER_READABILITY = 0.5;

    private Budgets() {
    }

    static List<Budget> cpu(List<CpuFigures> cpu, boolean real) {
        List<Budget> budgets = new ArrayList<>();
        CpuFigures generated = find(cpu, "core.generated");
        for (String key : List.of("core.text", "core.scraped")) {
            CpuFigures text = find(cpu, key);
            if (text != null) {
                budgets.add(text(key, text, generated, real));
            }
        }
        if (!real && generated != null) {
            budgets.add(text("core.generated", generated, null, false));
        }
        CpuFigures html = find(cpu, HtmlBench.ENRICH);
        CpuFigures readability = find(cpu, HtmlBench.READABILITY);
        CpuFigures jsoup = find(cpu, HtmlBench.JSOUP);
        if (html != null) {
            String floor = jsoup == null ? "" : String.format(Locale.ROOT, "; %.1fx jsoup's parse alone (%.2f ms)",
                    html.medianMs() / jsoup.medianMs(), jsoup.medianMs());
            Double overReadability = readability == null ? null : html.medianMs() / readability.medianMs();
            budgets.add(new Budget("html", "real HTML page (100 KB-1 MB) <= 10 ms CPU", html.medianMs(), HTML_MS,
                    "the budget", html.medianMs() / HTML_MS, String.format(Locale.ROOT,
                            "%.2f ms median, p90 %.2f ms, over %d pages = %.2fx the budget%s", html.medianMs(),
                            html.p90Ms(), html.count(), html.medianMs() / HTML_MS, floor), html.medianMs() <= HTML_MS));
            if (readability != null) {
                budgets.add(new Budget("html.readability4j", "real HTML page <= about half of Readability4J's time",
                        html.medianMs(), null, "Readability4J on the same pages", overReadability,
                        String.format(Locale.ROOT, "%.2fx Readability4J (%.2f ms vs %.2f ms median; p90 %.2fx)",
                                overReadability, html.medianMs(), readability.medianMs(), html.p90Ms() / readability.p90Ms()),
                        overReadability <= HTML_OVER_READABILITY));
            }
        }
        return budgets;
    }

    private static Budget text(String key, CpuFigures text, CpuFigures generated, boolean real) {
        String versus = generated == null || generated == text ? "" : String.format(Locale.ROOT,
                "; %.2fx generated text in this run (%.3f ms)", text.medianMs() / generated.medianMs(), generated.medianMs());
        return new Budget(key, (real ? "real " : "GENERATED ") + "3 KB article (" + shape(key) + ") <= 2 ms CPU",
                text.medianMs(), TEXT_MS, generated == null || generated == text ? "the budget" : "generated text",
                generated == null || generated == text ? text.medianMs() / TEXT_MS : text.medianMs() / generated.medianMs(),
                String.format(Locale.ROOT, "%.3f ms median, p90 %.3f, mean %.3f = %.2fx the budget%s", text.medianMs(),
                        text.p90Ms(), text.meanMs(), text.medianMs() / TEXT_MS, versus),
                real ? text.medianMs() <= TEXT_MS : null);
    }

    private static String shape(String key) {
        return switch (key) {
            case "core.text" -> "story";
            case "core.scraped" -> "scraped, with furniture";
            default -> "generated";
        };
    }

    static Budget memory(MemoryBounds.Result memory, boolean real) {
        return new Budget("memory", "heap bounded on an endless stream (<= +" + MemoryBounds.ALLOWED_GROWTH_PERCENT
                + "% after the first quarter)", null, null, "the heap at a quarter of the stream",
                memory.highestMb() / memory.quarterMb(),
                String.format(Locale.ROOT, "%.1f MB at a quarter, at most %.1f MB after (%+.0f%%), %d %s articles over %d sources",
                        memory.quarterMb(), memory.highestMb(), memory.growthPercent(), memory.articles(),
                        real ? "real" : "GENERATED", memory.sources()),
                real ? memory.flat() : null);
    }

    private static CpuFigures find(List<CpuFigures> cpu, String key) {
        return cpu.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
