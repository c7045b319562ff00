package dev.newsflow.ingest.intake;

/** The answer to one article: its id and whether it was written now or before. */
public record IngestResult(String id, IngestStatus status) {
}
