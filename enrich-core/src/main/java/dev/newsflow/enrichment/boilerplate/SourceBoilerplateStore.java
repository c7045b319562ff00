package dev.newsflow.enrichment.boilerplate;

/**
 * Counts, per source, in how many distinct articles each sentence occurred, so cleaning can drop
 * a source's recurring furniture ("Follow ANN on Telegram") that no fixed pattern knows.
 * Implementations are thread-safe and bounded in memory however many sources and articles pass.
 */
public interface SourceBoilerplateStore extends AutoCloseable {

    /** Counts never exceed this: past it a sentence is as recurring as it can get. */
    int MAX_COUNT = 16;

    /**
     * Records that article {@code articleId} of {@code source} contains the sentences with these
     * hashes and returns, for each, the number of distinct articles of that source it has been
     * seen in, this one included (at most {@link #MAX_COUNT}). Observing the same article again
     * (a re-enrichment) does not raise any count.
     */
    int[] observe(String source, String articleId, long[] sentenceHashes);

    /** Makes what was learned so far durable, where the implementation is durable at all. */
    default void flush() {
    }

    @Override
    default void close() {
        flush();
    }
}
