package dev.newsflow.contracts;

/** Why cleaning dropped a piece of text. */
public enum RemovalReason {
    /** Matched a known boilerplate pattern: comment forms, share prompts, copyright lines, cookie notices. */
    BOILERPLATE_PATTERN,
    /** A sentence the article already said, exactly or nearly. */
    REPEATED_SENTENCE,
    /** The title repeated at the start of the body. */
    REPEATED_TITLE,
    /** A sentence that recurs across many articles of the same source. */
    SOURCE_RECURRING,
    /** Page furniture of an HTML document: navigation, scripts, asides, footers. */
    HTML_NON_CONTENT,
    /** A navigation menu: a run of section names. */
    NAVIGATION,
    /** A "related stories" or "you might be interested in" block. */
    RELATED_CONTENT,
    /** Text beyond the longest body the enricher reads; the removal says how much was cut. */
    TRUNCATED,
    /** Nothing of the article was left after cleaning. */
    EMPTY_AFTER_CLEANING
}
