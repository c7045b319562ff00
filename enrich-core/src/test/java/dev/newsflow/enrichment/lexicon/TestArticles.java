package dev.newsflow.enrichment.lexicon;

import dev.newsflow.enrichment.TextAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a {@link TextAnalysis} the way the pipeline would, with a deliberately simple sentence
 * split, so the analysers are tested on their own.
 */
public final class TestArticles {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…”\"])\\s+(?=[\\p{Lu}“\"‘])");

    private TestArticles() {
    }

    /** The seed article of the repository's samples. */
    public static TextAnalysis seed() {
        Path path = Path.of("..", "samples", "kim-putin-vostochny-summit.txt");
        try {
            return fromText(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource: first line the title, the rest the body. */
    public static TextAnalysis resource(String name) {
        return fromText(resourceText(name));
    }

    public static String resourceText(String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TextAnalysis fromText(String text) {
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text.strip() : text.substring(0, newline).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return of(title, body);
    }

    public static TextAnalysis of(String title, String body) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(body)) {
            for (String s : SENTENCE_END.split(paragraph.strip())) {
                if (!s.isBlank()) {
                    sentences.add(s.strip());
                }
            }
        }
        return new TextAnalysis(title, body, sentences, "en");
    }
}
