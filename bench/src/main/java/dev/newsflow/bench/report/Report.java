package dev.newsflow.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one bench run measured, as printed and as written to JSON.
 *
 * @param stagesMs mean wall-clock milliseconds per article of each enrichment stage (single thread)
 * @param endToEndOverProducer end-to-end articles/s divided by Kafka's producer records/s
 * @param publishOverBulkUpsert the read store's commit rate during the end-to-end run divided by the bulk upsert's rows/s
 */
public record Report(RunInfo run, List<Measure> measures, Map<String, Double> stagesMs, List<ProcessUsage> processes,
        Double endToEndOverProducer, Double publishOverBulkUpsert, List<TargetCheck> targets, List<String> notes) {

    /**
     * @param loadAverage the 1-minute load average at the start and at the end of the run
     */
    public record RunInfo(String runId, String startedAt, double seconds, String parts, int articles, long seed,
            boolean smoke, int cpus, String loadAverage, Double upSeconds, String javaVersion) {
    }

    public Measure measure(String key) {
        return measures.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }
}
