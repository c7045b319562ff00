package dev.newsflow.bench.report;

/**
 * One of the budgets against this run, on real text, and the same figure as a ratio
 * against a baseline measured in the same run (so other load on the machine cancels out).
 *
 * @param valueMs     what this run measured (median CPU ms), or null when not measured
 * @param limitMs     the budget in ms, or null for a budget that is a ratio or a shape (memory)
 * @param baseline    what the ratio is taken against (e.g. "Readability4J on the same pages")
 * @param ratio       valueMs divided by the baseline's figure, or null
 * @param met         null when not measured or measured on generated text only
 */
public record Budget(String key, String budget, Double valueMs, Double limitMs, String baseline, Double ratio,
        String measured, Boolean met) {
}
