package dev.newsflow.contracts;

/** A named entity in its canonical form, with how often the article mentions it (in any form). */
public record Entity(String text, EntityType type, int count) {
}
