package dev.newsflow.bench.report;

/**
 * One of the targets against what this run measured; {@code met} is null when the run did not
 * measure it (part skipped, or a size too small to count).
 */
public record TargetCheck(String target, String measured, Boolean met) {
}
