package dev.newsflow.bench.report;

/**
 * One measured part: how many articles (records, rows) in how long, and for the latency runs the
 * distribution. Absent figures are null, so a JSON diff between commits shows what a run did not measure.
 *
 * @param key stable name for comparisons between runs (e.g. {@code baseline.producer}, {@code latency.500})
 * @param mbPerSecond in MB of 2^20 bytes, as Kafka's tools count them
 */
public record Measure(String key, String label, Long count, Double seconds, Double perSecond, Double mbPerSecond,
        Double p50Ms, Double p95Ms, Double p99Ms, Double maxMs, String note) {

    public static Measure throughput(String key, String label, long count, double seconds, double bytes) {
        return new Measure(key, label, count, seconds, count / seconds, bytes / Units.MB / seconds, null, null, null,
                null, null);
    }

    public Measure withLatency(Latencies latencies) {
        return new Measure(key, label, count, seconds, perSecond, mbPerSecond, latencies.p50Ms(), latencies.p95Ms(),
                latencies.p99Ms(), latencies.maxMs(), note);
    }

    public Measure withNote(String text) {
        return new Measure(key, label, count, seconds, perSecond, mbPerSecond, p50Ms, p95Ms, p99Ms, maxMs, text);
    }
}
