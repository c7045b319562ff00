package dev.newsflow.ingest.kafka;

/** What became of a record handed to {@link RawArticleWriter}. */
public enum Delivery {
    /** The broker acknowledged it (acks=all). */
    WRITTEN,
    /** This instance already had the same id with the same content acknowledged, so it was not sent again. */
    ALREADY_WRITTEN
}
