package dev.newsflow.publish.consume;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.Quote;
import dev.newsflow.contracts.Removal;
import dev.newsflow.publish.store.SimHashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record value as an EnrichedArticle and checks it against the contract's schema
 * (required fields, their JSON types, value constraints). Unknown fields are tolerated so the
 * producer can add fields without breaking this consumer.
 */
@Component
class EnrichedArticleReader {

    private static final Predicate<JsonNode> STRING = JsonNode::isString;
    private static final Predicate<JsonNode> INTEGER = JsonNode::isIntegralNumber;
    private static final Predicate<JsonNode> ARRAY = JsonNode::isArray;

    /** The schema's required fields and the JSON type each must have. */
    private static final Map<String, Predicate<JsonNode>> REQUIRED = Map.ofEntries(
            Map.entry("eventId", STRING), Map.entry("occurredAt", STRING), Map.entry("id", STRING),
            Map.entry("version", INTEGER), Map.entry("title", STRING), Map.entry("body", STRING),
            Map.entry("language", STRING), Map.entry("wordCount", INTEGER), Map.entry("sentenceCount", INTEGER),
            Map.entry("readingTimeMinutes", INTEGER), Map.entry("keywords", ARRAY), Map.entry("entities", ARRAY),
            Map.entry("quotes", ARRAY), Map.entry("category", STRING), Map.entry("contentHash", STRING),
            Map.entry("simhash", STRING), Map.entry("removed", ARRAY), Map.entry("enricherVersion", STRING),
            Map.entry("ingestedAt", STRING), Map.entry("enrichedAt", STRING));

    private final JsonMapper json;
    private final ObjectReader articles;

    EnrichedArticleReader(JsonMapper json) {
        this.json = json;
        // fields added by a newer producer must not make this consumer dead-letter everything
        this.articles = json.readerFor(EnrichedArticle.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    EnrichedArticle read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException(DeadLetterReason.NOT_JSON, "record value is empty");
        }
        JsonNode tree;
        try {
            tree = json.readTree(value);
        } catch (JacksonException e) {
            throw new InvalidArticleException(DeadLetterReason.NOT_JSON, "record value is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw schemaInvalid(List.of("the value must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
            JsonNode node = tree.get(field.getKey());
            if (node == null || node.isNull()) {
                problems.add(field.getKey() + " is required");
            } else if (!field.getValue().test(node)) {
                problems.add(field.getKey() + " has the wrong type (" + node.getNodeType() + ")");
            }
        });
        if (!problems.isEmpty()) {
            throw schemaInvalid(problems);
        }
        EnrichedArticle article;
        try {
            article = articles.readValue(tree);
        } catch (JacksonException e) {
            throw new InvalidArticleException(DeadLetterReason.SCHEMA_INVALID,
                    "record value is not a valid EnrichedArticle: " + e.getOriginalMessage(), e);
        }
        problems.addAll(constraintViolations(article));
        if (!problems.isEmpty()) {
            throw schemaInvalid(problems);
        }
        return article;
    }

    private static List<String> constraintViolations(EnrichedArticle article) {
        List<String> problems = new ArrayList<>();
        if (!ArticleIds.isValid(article.id())) {
            problems.add("id is not a valid article id: " + article.id());
        }
        if (article.eventId().isBlank()) {
            problems.add("eventId must not be empty");
        }
        if (article.version() < 0) {
            problems.add("version must be >= 0");
        }
        if (article.language().isBlank()) {
            problems.add("language must not be empty");
        }
        if (article.wordCount() < 0 || article.sentenceCount() < 0) {
            problems.add("wordCount and sentenceCount must be >= 0");
        }
        if (article.readingTimeMinutes() < 1) {
            problems.add("readingTimeMinutes must be >= 1");
        }
        if (article.contentHash().isBlank()) {
            problems.add("contentHash must not be empty");
        }
        if (!SimHashes.isValid(article.simhash())) {
            problems.add("simhash must be 16 lower-case hex digits");
        }
        if (article.keywords().size() > 10) {
            problems.add("keywords has more than 10 items");
        }
        for (Entity entity : article.entities()) {
            if (entity == null || entity.text() == null || entity.type() == null || entity.count() < 1) {
                problems.add("every entity needs text, type and a count >= 1");
                break;
            }
        }
        for (Quote quote : article.quotes()) {
            if (quote == null || quote.text() == null) {
                problems.add("every quote needs text");
                break;
            }
        }
        for (Removal removal : article.removed()) {
            if (removal == null || removal.text() == null || removal.reason() == null) {
                problems.add("every removed item needs text and reason");
                break;
            }
        }
        return problems;
    }

    private static InvalidArticleException schemaInvalid(List<String> problems) {
        return new InvalidArticleException(DeadLetterReason.SCHEMA_INVALID,
                "record value does not match the EnrichedArticle schema: " + String.join("; ", problems));
    }
}
