package dev.newsflow.contracts;

import java.time.Instant;

/** The envelope every event carries; {@link #id()} is the article id and the Kafka key. */
public interface ArticleEvent {

    String eventId();

    Instant occurredAt();

    String id();
}
