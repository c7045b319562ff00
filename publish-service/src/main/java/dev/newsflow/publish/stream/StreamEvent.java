package dev.newsflow.publish.stream;

import dev.newsflow.contracts.PublishedArticle;

/** @param position the event's place in the event log: its SSE id, what a client resumes after */
record StreamEvent(long position, PublishedArticle article) {
}
