package dev.newsflow.contracts;

/** One piece of text that cleaning dropped, and why. */
public record Removal(String text, RemovalReason reason) {
}
