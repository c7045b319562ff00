package dev.newsflow.contracts;

/** A direct quotation; {@code speaker} is null when the text does not attribute it. */
public record Quote(String speaker, String text) {
}
