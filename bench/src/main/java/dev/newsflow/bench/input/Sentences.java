package dev.newsflow.bench.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Rough sentence ends (a stop, then space, then a capital or an opening quote): enough to reorder and cut text. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?。！？])\\s+(?=[\\p{Lu}\"“«„¿¡])");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : END.split(text)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** The text in chunks of whole sentences of about {@code chars} characters (a longer sentence stays whole). */
    static List<String> chunks(String text, int chars) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String sentence : split(text)) {
            if (chunk.length() > 0 && chunk.length() + sentence.length() > chars) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append(' ');
            }
            chunk.append(sentence);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }
}
