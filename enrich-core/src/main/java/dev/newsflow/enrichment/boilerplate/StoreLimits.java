package dev.newsflow.enrichment.boilerplate;

/**
 * Bounds of a store. Worst-case memory is about
 * {@code maxSources * (candidatesPerSource + confirmedPerSource) * 150} bytes, plus per source
 * up to {@code max(64, candidatesPerSource / 2)} lead sentences of about 100 bytes each (by which
 * versions of one story are recognised).
 *
 * @param maxSources          sources tracked; the least recently seen is forgotten first
 * @param candidatesPerSource sentences seen in fewer than {@code confirmAt} articles, per source
 *                            (least recently seen forgotten first)
 * @param confirmedPerSource  sentences seen in at least {@code confirmAt} articles, per source; kept
 *                            apart so a flood of one-off story sentences cannot evict them
 * @param confirmAt           distinct articles after which a sentence moves to the confirmed set
 */
public record StoreLimits(int maxSources, int candidatesPerSource, int confirmedPerSource, int confirmAt) {

    public static final StoreLimits DEFAULT = new StoreLimits(256, 1024, 256, 3);

    public StoreLimits {
        if (maxSources < 1 || candidatesPerSource < 1 || confirmedPerSource < 1 || confirmAt < 2) {
            throw new IllegalArgumentException("store limits must be positive and confirmAt at least 2");
        }
    }
}
