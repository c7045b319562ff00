package dev.newsflow.enrichment;

import java.util.List;

/**
 * The cleaned article as the analysers see it: computed once by cleaning and sentence splitting,
 * shared by every later step so none of them splits the text again.
 *
 * @param title      the cleaned title
 * @param body       the cleaned body, paragraphs separated by a blank line
 * @param sentences  the body's sentences in order, each trimmed
 * @param language   ISO 639-1 code of the body's language, or {@code "und"}
 */
public record TextAnalysis(String title, String body, List<String> sentences, String language) {

    public TextAnalysis {
        sentences = List.copyOf(sentences);
    }
}
