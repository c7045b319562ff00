package dev.newsflow.publish.filter;

/** Which articles a request wants with respect to near-duplicate links ({@code duplicateOf}). */
public enum Duplicates {
    /** Originals and duplicates alike. */
    INCLUDE,
    /** Only articles that are not a duplicate of an earlier one. */
    EXCLUDE,
    /** Only articles that are a duplicate of an earlier one. */
    ONLY
}
