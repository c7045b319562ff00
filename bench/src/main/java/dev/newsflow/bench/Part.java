package dev.newsflow.bench;

import java.util.Locale;

/** The parts of a bench run, selectable with {@code --parts}. */
public enum Part {
    BASELINE,
    CORE,
    E2E,
    LATENCY,
    /** Heap of the enrichment core over a long stream of real text (in the bench's own JVM, no stack needed). */
    MEMORY,
    RESOURCES,
    /** Search and filter latency of publish-service over a store of generated articles (loaded once, kept). */
    SEARCH;

    public static Part of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown part '" + name + "' (one of baseline, core, e2e, latency, memory, resources, search)");
        }
    }

    /** Whether the part talks to the running stack (core and memory run in the bench's JVM alone). */
    public boolean needsStack() {
        return this != CORE && this != MEMORY;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
