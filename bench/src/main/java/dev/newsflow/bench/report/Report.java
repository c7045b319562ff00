package dev.newsflow.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one bench run measured, as printed and as written to JSON.
 *
 * @param input    what the articles were: real text (and from where) or generated text
 * @param stagesMs mean wall-clock milliseconds per article of each enrichment stage (single thread), on the
 *                 headline set (real 3 KB text when a corpus was read)
 * @param cpu      thread CPU per article or page of each set the core part measured, and of the baselines
 * @param endToEndOverProducer end-to-end articles/s divided by Kafka's producer records/s
 * @param publishOverBulkUpsert the read store's commit rate during the end-to-end run divided by the bulk upsert's rows/s
 */
public record Report(RunInfo run, Input input, List<Measure> measures, Map<String, Double> stagesMs,
        List<CpuFigures> cpu, List<Budget> budgets, List<ProcessUsage> processes, Double endToEndOverProducer,
        Double publishOverBulkUpsert, List<TargetCheck> targets, List<String> notes) {

    /**
     * @param loadAverage the 1-minute load average at the start and at the end of the run
     */
    public record RunInfo(String runId, String startedAt, double seconds, String parts, int articles, long seed,
            boolean smoke, int cpus, String loadAverage, Double upSeconds, String javaVersion) {
    }

    /** What the articles were: real text (from where, how varied) or generated text. */
    public record Input(boolean real, String description) {
    }

    public Measure measure(String key) {
        return measures.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    public CpuFigures cpu(String key) {
        return cpu.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
