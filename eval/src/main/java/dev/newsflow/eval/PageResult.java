package dev.newsflow.eval;

/**
 * What one page scored.
 *
 * @param overlap        the output against the reference
 * @param furnitureKept  of the input's shingles that are not story, the share still in the output
 *                       (cleaning only; NaN when not measured or the input had none)
 * @param titleRight     the title matches the expected one (null when none is expected)
 * @param languageRight  the language matches the expected one (null when none is expected)
 * @param authorRight    the author matches the expected byline (null when none is expected)
 * @param publishedRight the published time is the expected one: the same instant or the same date
 *                       (null when none is expected)
 * @param ordinal        the page's place among its site's pages (1 for the first)
 * @param cpuNanos       CPU time of the enrichment on the evaluating thread
 * @param error          what the enrichment threw, or null
 */
record PageResult(
        String name,
        Overlap overlap,
        double furnitureKept,
        Boolean titleRight,
        Boolean languageRight,
        Boolean authorRight,
        Boolean publishedRight,
        int ordinal,
        long cpuNanos,
        String error) {
}
