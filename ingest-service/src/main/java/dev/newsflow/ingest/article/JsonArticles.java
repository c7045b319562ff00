package dev.newsflow.ingest.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.contracts.RawArticle;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Reads RawArticle JSON strictly: known fields must have the right JSON type (a number where a
 * string belongs is an error, not silently converted), unknown fields are ignored, duplicate
 * fields and trailing content are errors, and nesting depth is bounded.
 */
public final class JsonArticles {

    /** An article is an object holding a string map: nothing legitimate is nested deeper than this. */
    static final int MAX_NESTING_DEPTH = 32;

    private static final List<String> STRING_FIELDS =
            List.of("id", "url", "source", "title", "body", "contentType", "language", "publishedAt", "author");

    private final JsonMapper mapper;

    public JsonArticles() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** One article from a JSON document. */
    public RawArticle article(String json) {
        return article(tree(json));
    }

    /** Any JSON document as a tree, or a 400-worthy explanation of where it is malformed. */
    public JsonNode tree(String json) {
        if (json.isBlank()) {
            throw InvalidArticleException.of(Violation.DOCUMENT,
                    "The body is empty; send a JSON object with at least \"title\" and \"body\"");
        }
        try {
            return mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw InvalidArticleException.of(Violation.DOCUMENT, "JSON is nested too deeply or too large: "
                    + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw InvalidArticleException.of(Violation.DOCUMENT, "Malformed JSON" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    /** A parsed JSON value as an article, with every field of the wrong type named. */
    public RawArticle article(JsonNode node) {
        if (!node.isObject()) {
            throw InvalidArticleException.of(Violation.DOCUMENT, "Expected a JSON object with \"title\" and \"body\", got "
                    + describe(node));
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isString()) {
                values.put(field, value.stringValue());
            } else {
                violations.add(new Violation(field, "must be a string, got " + describe(value)));
            }
        }
        Map<String, String> metadata = metadata(node.get("metadata"), violations);
        if (!violations.isEmpty()) {
            throw new InvalidArticleException(violations);
        }
        return new RawArticle(values.get("id"), values.get("url"), values.get("source"), values.get("title"),
                values.get("body"), values.get("contentType"), values.get("language"), values.get("publishedAt"),
                values.get("author"), metadata);
    }

    private static Map<String, String> metadata(JsonNode node, List<Violation> violations) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return metadata;
        }
        if (!node.isObject()) {
            violations.add(new Violation("metadata", "must be an object of string values, got " + describe(node)));
            return metadata;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isString()) {
                metadata.put(entry.getKey(), entry.getValue().stringValue());
            } else {
                violations.add(new Violation("metadata." + entry.getKey(), "must be a string, got "
                        + describe(entry.getValue())));
            }
        }
        return metadata;
    }

    static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
