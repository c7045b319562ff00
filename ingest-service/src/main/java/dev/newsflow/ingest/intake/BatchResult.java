package dev.newsflow.ingest.intake;

import java.util.List;

/** One result per batch item, in the order of the items, and how many ended each way. */
public record BatchResult(int accepted, int duplicate, int rejected, int failed, List<ItemResult> results) {

    static BatchResult of(List<ItemResult> results) {
        int[] counts = new int[IngestStatus.values().length];
        results.forEach(result -> counts[result.status().ordinal()]++);
        return new BatchResult(counts[IngestStatus.ACCEPTED.ordinal()], counts[IngestStatus.DUPLICATE.ordinal()],
                counts[IngestStatus.REJECTED.ordinal()], counts[IngestStatus.FAILED.ordinal()], List.copyOf(results));
    }

    public boolean anyFailed() {
        return failed > 0;
    }
}
