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
     * hashes and returns, for each, the number of distinct articles (distinct stories, see the
     * four-argument form) of that source it has been seen in, this one included (at most {@link #MAX_COUNT}). Observing the same article again
     * (a re-enrichment) does not raise any count.
     */
    int[] observe(String source, String articleId, long[] sentenceHashes);

    /**
     * As {@link #observe(String, String, long[])}, counting distinct stories rather than distinct
     * articles: when most of {@code leadHashes} (the first sentences of the article's story) were
     * the lead of an earlier article of the source, this article is another version of that story
     * (an update, a copy of one wire item) and its sentences count as that story's, so a story
     * told six times is not taken for furniture. Sentences that already recur across different
     * stories do not link articles.
     */
    default int[] observe(String source, String articleId, long[] sentenceHashes, long[] leadHashes) {
        return observe(source, articleId, sentenceHashes);
    }

    /** Makes what was learned so far durable, where the implementation is durable at all. */
    default void flush() {
    }

    @Override
    default void close() {
        flush();
    }
}
