package dev.newsflow.publish.query;

/**
 * Where the next page starts: after the item with this (rank, seq), among the articles whose seq
 * is at most {@code bound} — the highest seq stored when the first page was read, so articles
 * stored later never push into a listing that is being paged.
 *
 * @param rank the relevance of the last item; 0 in newest-first order
 * @param floor with a text query: the lowest seq of the head matches that are ranked (the newest
 *     {@code rank-window} of them), fixed at the first page like {@code bound}; 0 otherwise
 */
record Cursor(long seq, float rank, long bound, long floor) {
}
