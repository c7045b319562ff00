package dev.newsflow.enrichment.clean;

/**
 * @param maxBodyChars             body text beyond this is cut (and the cut reported), which bounds
 *                                 the work every later step does on one article
 * @param sourceRecurringArticles  distinct articles of one source a short sentence must appear in
 *                                 before it counts as that source's furniture (twice as many for
 *                                 longer sentences)
 */
public record CleaningOptions(int maxBodyChars, int sourceRecurringArticles) {

    public static final CleaningOptions DEFAULT = new CleaningOptions(100_000, 3);

    public CleaningOptions {
        if (maxBodyChars < 1000 || sourceRecurringArticles < 2) {
            throw new IllegalArgumentException("maxBodyChars must be at least 1000 and sourceRecurringArticles at least 2");
        }
    }
}
