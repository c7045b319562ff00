package dev.newsflow.ingest.intake;

/** The article, encoded as a record value, is larger than the raw topic takes. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
