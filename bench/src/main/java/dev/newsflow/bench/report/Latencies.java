package dev.newsflow.bench.report;

import org.HdrHistogram.Histogram;

/** Percentiles of a latency distribution, in milliseconds. */
public record Latencies(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    /** From a histogram recorded in microseconds. */
    public static Latencies ofMicros(Histogram micros) {
        return new Latencies(micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }
}
