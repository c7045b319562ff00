package dev.newsflow.publish.store;

/** What an upsert did with the delivered article version. */
public enum StoreOutcome {
    /** The id was new. */
    INSERTED,
    /** A newer version (or a newer enrichment of the same version) replaced the stored one. */
    UPDATED,
    /** The same version is already stored; nothing changed (a redelivery). */
    UNCHANGED,
    /** A newer version is already stored; the delivered one was ignored. */
    STALE;

    /** Whether the store now holds the delivered version, so its event is due (again). */
    public boolean isCurrent() {
        return this != STALE;
    }
}
