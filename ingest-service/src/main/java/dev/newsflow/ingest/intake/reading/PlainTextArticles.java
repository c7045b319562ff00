package dev.newsflow.ingest.intake.reading;

import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.format.FieldViolation;
import java.util.Arrays;

import dev.newsflow.contracts.RawArticle;

/** A {@code text/plain} article: the first non-empty line is the title, the rest is the body. */
public final class PlainTextArticles {

    private PlainTextArticles() {
    }

    /** When the client names the title ({@code ?title=}), the whole text is the body. */
    public static RawArticle article(String text, ArticleAttributes attributes) {
        if (attributes.title() != null && !attributes.title().isBlank()) {
            return article(attributes.title(), text.strip(), attributes);
        }
        String[] lines = text.split("\\R", -1);
        int titleLine = 0;
        while (titleLine < lines.length && lines[titleLine].isBlank()) {
            titleLine++;
        }
        if (titleLine == lines.length) {
            throw FormatException.invalid(FieldViolation.DOCUMENT,
                    "The body is empty; send the title on the first line and the article text below it");
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, titleLine + 1, lines.length)).strip();
        if (body.isEmpty()) {
            throw FormatException.invalid("body",
                    "Only a title line was sent; put the article text on the lines after the title");
        }
        return article(lines[titleLine], body, attributes);
    }

    private static RawArticle article(String title, String body, ArticleAttributes attributes) {
        return new RawArticle(attributes.id(), attributes.url(), attributes.source(), title, body, RawArticle.TEXT_PLAIN,
                attributes.language(), attributes.publishedAt(), attributes.author(), null);
    }
}
