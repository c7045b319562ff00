package dev.newsflow.bench.report;

/**
 * What one component of the stack used: CPU over the end-to-end run, divided by the articles of that
 * run, and the peaks over the whole bench.
 *
 * @param peakRssMb peak resident memory (the kernel's high-water mark; for PostgreSQL the highest sampled
 *                  sum of proportional set sizes of the postmaster and its backends, so shared memory counts once)
 * @param peakHeapMb highest sampled used heap (services only, from their Prometheus endpoint)
 */
public record ProcessUsage(String name, long pid, double cpuSeconds, Double cpuMsPerArticle, Double peakRssMb,
        Double peakHeapMb) {
}
