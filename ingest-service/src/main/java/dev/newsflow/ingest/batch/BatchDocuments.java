package dev.newsflow.ingest.batch;

import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.contracts.format.StrictJson;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.format.FieldViolation;
import dev.newsflow.contracts.format.TopicSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.newsflow.contracts.RawArticle;
import tools.jackson.databind.JsonNode;

/**
 * Splits a batch into its items without judging them yet: each item is read when its supplier
 * is called, so one bad item is reported on its own and does not sink the others.
 */
final class BatchDocuments {

    private final RawArticleFormat format;
    private final StrictJson json = new StrictJson();

    public BatchDocuments(RawArticleFormat format) {
        this.format = format;
    }

    /** NDJSON: one article per non-blank line. */
    public List<Supplier<RawArticle>> ndjson(String text) {
        List<Supplier<RawArticle>> items = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            if (!line.isBlank()) {
                items.add(() -> {
                    try {
                        return format.read(line);
                    } catch (FormatException e) {
                        throw FormatException.invalid(FieldViolation.DOCUMENT, "line " + lineNumber + ": " + e.getMessage());
                    }
                });
            }
        }
        return items;
    }

    /** A JSON array of articles. A malformed document as a whole is one error: its items cannot be told apart. */
    public List<Supplier<RawArticle>> jsonArray(String text) {
        JsonNode document = json.read(text);
        if (!document.isArray()) {
            throw FormatException.invalid(FieldViolation.DOCUMENT, "Expected a JSON array of articles, got "
                    + TopicSchema.describe(document) + "; to send one article use POST /api/v1/articles");
        }
        List<Supplier<RawArticle>> items = new ArrayList<>(document.size());
        for (JsonNode item : document) {
            items.add(() -> format.read(item));
        }
        return items;
    }
}
