package dev.newsflow.ingest.article;

/**
 * One thing wrong with an incoming article.
 *
 * @param field   the JSON field or request part at fault ({@code $} for the document as a whole)
 * @param message what is wrong and how to fix it
 */
public record Violation(String field, String message) {

    public static final String DOCUMENT = "$";

    @Override
    public String toString() {
        return DOCUMENT.equals(field) ? message : field + ": " + message;
    }
}
