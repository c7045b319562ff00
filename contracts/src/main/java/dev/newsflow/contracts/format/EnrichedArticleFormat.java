package dev.newsflow.contracts.format;

import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.EnrichedArticle;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The format of {@code news.articles.enriched.v1}: a record value is strict UTF-8 JSON that conforms
 * to the shipped {@code enriched-article.schema.json}. Fields a newer producer adds are tolerated,
 * so adding a field never makes consumers dead-letter everything. Thread-safe.
 */
public final class EnrichedArticleFormat {

    private static final TopicSchema SCHEMA = TopicSchema.load(TopicSchema.ENRICHED_RESOURCE, Map.of(
            "id", "must be a valid article id (1-128 letters, digits, '.', '_', ':' or '-')",
            "simhash", "must be 16 lower-case hex digits",
            "category", "must be one of the Category names"));

    private final StrictJson json = new StrictJson();
    private final ObjectReader articles = json.mapper().readerFor(EnrichedArticle.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public EnrichedArticle fromRecord(byte[] value) {
        JsonNode tree = json.read(value);
        if (!tree.isObject()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, List.of(new FieldViolation(FieldViolation.DOCUMENT,
                    "the value must be a JSON object (an EnrichedArticle), got " + TopicSchema.describe(tree))));
        }
        List<FieldViolation> violations = SCHEMA.check(tree);
        if (!violations.isEmpty()) {
            throw new FormatException(DeadLetterReason.SCHEMA_INVALID, violations);
        }
        try {
            return articles.readValue(tree);
        } catch (JacksonException e) {
            throw FormatException.of(DeadLetterReason.SCHEMA_INVALID, "the value is not a valid EnrichedArticle: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** What the enricher wrote conforms to the schema; a failure here is a bug in the writer. */
    public List<FieldViolation> check(EnrichedArticle article) {
        return SCHEMA.check(json.mapper().valueToTree(article));
    }
}
