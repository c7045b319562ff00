package dev.newsflow.contracts.format;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The format of {@code news.articles.raw.v1}, in one place: the shipped JSON Schema
 * ({@code raw-article.schema.json}) checked at run time, and beside it the rules a schema cannot
 * say (blank after trimming, an absolute http(s) URL, metadata bounds, the stable id). ingest-service
 * admits what it writes with it and enrich-service reads records with it, so a record written with
 * any Kafka client is accepted exactly when the same article over HTTP would be. Thread-safe.
 */
public final class RawArticleFormat {

    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_URL_CHARS = 2048;
    public static final int MAX_SHORT_TEXT_CHARS = 256;
    public static final int MAX_METADATA_ENTRIES = 64;
    public static final int MAX_METADATA_KEY_CHARS = 128;
    public static final int MAX_METADATA_VALUE_CHARS = 4096;

    private static final TopicSchema SCHEMA = TopicSchema.load(TopicSchema.RAW_RESOURCE, Map.of(
            "id", "must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
            "language", "must be an ISO 639-1 code of two lower-case letters, e.g. \"en\"",
            "contentType", "must be \"text/plain\" or \"text/html\"",
            "publishedAt", "must be an ISO-8601 date-time with offset, e.g. \"2024-05-01T09:30:00Z\" or "
                    + "\"2024-05-01T11:30:00+02:00\""));

    private final StrictJson json = new StrictJson();

    /** A record's value as written to the topic: its id from the value, else the key, else derived. */
    public RawArticle fromRecord(String key, byte[] value) {
        if (value != null && value.length > Topics.RAW_MAX_VALUE_BYTES) {
            // decoding it would take several times its size of heap; ingest never writes one this large
            throw FormatException.of(DeadLetterReason.TOO_LARGE, "the value is " + value.length + " bytes; at most "
                    + Topics.RAW_MAX_VALUE_BYTES + " are read (a 10 MiB HTML page as JSON): trim the page or send it "
                    + "through ingest-service, which trims it", null);
        }
        RawArticle article = read(json.read(value));
        if ((article.id() == null || article.id().isBlank()) && key != null && ArticleIds.isValid(key)) {
            article = article.withId(key);
        }
        return admit(article);
    }

    /** One article from a JSON document: every value of the wrong type is named; not yet admitted. */
    public RawArticle read(String document) {
        return read(json.read(document));
    }

    /** A parsed JSON value as an article; every field of the wrong type is named. */
    public RawArticle read(JsonNode node) {
        if (!node.isObject()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, List.of(new FieldViolation(FieldViolation.DOCUMENT,
                    "Expected a JSON object with \"title\" and \"body\", got " + TopicSchema.describe(node))));
        }
        List<FieldViolation> violations = SCHEMA.checkTypes(node);
        if (!violations.isEmpty()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, violations);
        }
        return new RawArticle(text(node, "id"), text(node, "url"), text(node, "source"), text(node, "title"),
                text(node, "body"), text(node, "contentType"), text(node, "language"), text(node, "publishedAt"),
                text(node, "author"), metadata(node.get("metadata")));
    }

    /**
     * The article in the form that goes on the topic: trimmed title and attributes, lower-case
     * content type, empty values left out, and the stable id filled in. Throws naming everything
     * that is wrong.
     */
    public RawArticle admit(RawArticle article) {
        List<FieldViolation> violations = new ArrayList<>();

        String id = article.id();
        if (id != null && !ArticleIds.isValid(id)) {
            violations.add(new FieldViolation("id", id.isEmpty()
                    ? "must not be empty; leave it out and the server derives a stable one"
                    : "must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit"));
        }

        String title = strip(article.title());
        if (title == null) {
            violations.add(new FieldViolation("title", "is required"));
        } else if (title.isEmpty()) {
            violations.add(new FieldViolation("title", "must not be empty or only whitespace"));
        } else if (title.length() > MAX_TITLE_CHARS) {
            violations.add(new FieldViolation("title", "is " + title.length() + " characters long; at most "
                    + MAX_TITLE_CHARS + " are allowed"));
        }

        String body = article.body();
        if (body == null) {
            violations.add(new FieldViolation("body", "is required"));
        } else if (body.isBlank()) {
            violations.add(new FieldViolation("body", "must not be empty or only whitespace"));
        }

        String url = strip(article.url());
        if (url != null && !url.isEmpty()) {
            if (url.length() > MAX_URL_CHARS) {
                violations.add(new FieldViolation("url", "is " + url.length() + " characters long; at most "
                        + MAX_URL_CHARS + " are allowed"));
            } else if (ArticleIds.canonicalUrl(url) == null) {
                violations.add(new FieldViolation("url", "must be an absolute http or https URL, e.g. https://example.com/news/1"));
            }
        }

        String source = shortText("source", article.source(), violations);
        String author = shortText("author", article.author(), violations);
        String contentType = strip(article.contentType());
        if (contentType != null) {
            contentType = contentType.toLowerCase(Locale.ROOT);
        }
        Map<String, String> metadata = metadata(article.metadata(), violations);

        RawArticle clean = new RawArticle(id, emptyToNull(url), emptyToNull(source), title, body, emptyToNull(contentType),
                emptyToNull(strip(article.language())), emptyToNull(strip(article.publishedAt())), emptyToNull(author),
                metadata);
        // what goes on the topic conforms to the shipped schema, whichever way it came in
        for (FieldViolation violation : SCHEMA.check(json.mapper().valueToTree(clean))) {
            if (violations.stream().noneMatch(v -> v.field().equals(violation.field()))) {
                violations.add(violation);
            }
        }
        if (!violations.isEmpty()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, violations);
        }
        return clean.withId(ArticleIds.idOf(clean));
    }

    private static Map<String, String> metadata(Map<String, String> metadata, List<FieldViolation> violations) {
        if (metadata.size() > MAX_METADATA_ENTRIES) {
            violations.add(new FieldViolation("metadata", "has " + metadata.size() + " entries; at most "
                    + MAX_METADATA_ENTRIES + " are allowed"));
            return metadata;
        }
        Map<String, String> clean = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.isBlank() || key.length() > MAX_METADATA_KEY_CHARS) {
                violations.add(new FieldViolation("metadata", "keys must be 1-" + MAX_METADATA_KEY_CHARS
                        + " characters and not blank, found \"" + TopicSchema.abbreviate(key) + "\""));
            } else if (value.length() > MAX_METADATA_VALUE_CHARS) {
                violations.add(new FieldViolation("metadata." + key, "is " + value.length() + " characters long; at most "
                        + MAX_METADATA_VALUE_CHARS + " are allowed"));
            } else {
                clean.put(key, value);
            }
        });
        return clean;
    }

    private static Map<String, String> metadata(JsonNode node) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                metadata.put(entry.getKey(), entry.getValue().stringValue());
            }
        }
        return metadata;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static String shortText(String field, String value, List<FieldViolation> violations) {
        String stripped = strip(value);
        if (stripped != null && stripped.length() > MAX_SHORT_TEXT_CHARS) {
            violations.add(new FieldViolation(field, "is " + stripped.length() + " characters long; at most "
                    + MAX_SHORT_TEXT_CHARS + " are allowed"));
        }
        return stripped;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
