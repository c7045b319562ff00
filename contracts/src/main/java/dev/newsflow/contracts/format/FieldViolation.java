package dev.newsflow.contracts.format;

/**
 * One thing wrong with a document, said so that a person can fix it.
 *
 * @param field the field's path ({@code title}, {@code metadata.lang}), or {@link #DOCUMENT}
 */
public record FieldViolation(String field, String message) {

    /** The document as a whole (not JSON, not an object, empty). */
    public static final String DOCUMENT = "$";

    @Override
    public String toString() {
        return DOCUMENT.equals(field) ? message : field + ": " + message;
    }
}
