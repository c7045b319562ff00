package dev.newsflow.publish.stream;

/** A client asked to resume after a position whose following events were pruned from the event log. */
class PositionPrunedException extends RuntimeException {

    private final long prunedThrough;

    PositionPrunedException(long position, long prunedThrough) {
        super("The events after position " + position + " are no longer kept (the event log now starts after "
                + prunedThrough + "). Read the current articles from GET /api/v1/articles, then follow the stream"
                + " again without Last-Event-ID.");
        this.prunedThrough = prunedThrough;
    }

    long prunedThrough() {
        return prunedThrough;
    }
}
