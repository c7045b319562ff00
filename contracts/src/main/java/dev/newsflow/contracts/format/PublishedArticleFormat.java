package dev.newsflow.contracts.format;

import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.PublishedArticle;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The format of {@code news.articles.published.v1}: what publish-service announces and what a
 * subscriber or tool reads, checked against the shipped {@code published-article.schema.json}.
 * Thread-safe.
 */
public final class PublishedArticleFormat {

    private static final TopicSchema SCHEMA = TopicSchema.load(TopicSchema.PUBLISHED_RESOURCE, Map.of(
            "id", "must be a valid article id (1-128 letters, digits, '.', '_', ':' or '-')"));

    private final StrictJson json = new StrictJson();
    private final ObjectReader events = json.mapper().readerFor(PublishedArticle.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public PublishedArticle fromRecord(byte[] value) {
        JsonNode tree = json.read(value);
        List<FieldViolation> violations = tree.isObject() ? SCHEMA.check(tree)
                : List.of(new FieldViolation(FieldViolation.DOCUMENT, "the value must be a JSON object (a PublishedArticle)"));
        if (!violations.isEmpty()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, violations);
        }
        try {
            return events.readValue(tree);
        } catch (JacksonException e) {
            throw FormatException.of(DeadLetterReason.SCHEMA_INVALID, "the value is not a valid PublishedArticle: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Conformance of an event about to be sent; empty when it conforms. */
    public List<FieldViolation> check(PublishedArticle event) {
        return SCHEMA.check(json.mapper().valueToTree(event));
    }
}
