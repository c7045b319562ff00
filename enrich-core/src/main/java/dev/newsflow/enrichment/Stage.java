package dev.newsflow.enrichment;

/** The steps of enrichment, in the order they run, for per-stage timings. */
public enum Stage {
    CLEAN,
    LANGUAGE,
    COUNTS,
    FINGERPRINTS,
    ENTITIES,
    KEYWORDS,
    SUMMARY,
    CATEGORY,
    QUOTES
}
