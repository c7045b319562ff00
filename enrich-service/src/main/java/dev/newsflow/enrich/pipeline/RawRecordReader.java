package dev.newsflow.enrich.pipeline;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.pipeline.UnprocessableRecordException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the bytes of a raw record into a RawArticle, or says exactly why it cannot. The record
 * may come from anyone with a Kafka client, so nothing about it is trusted: not the encoding, not
 * the JSON, not the types, and the id may be in the value, in the key, or nowhere.
 */
final class RawRecordReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final JsonMapper strictMapper;

    RawRecordReader(JsonMapper mapper) {
        this.strictMapper = mapper.rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // the schema says string: a number or boolean where text belongs is a producer bug
                .withCoercionConfig(LogicalType.Textual, config -> {
                    config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                })
                .build();
    }

    /** The article with its id settled: the value's id, else the record key, else a derived one. */
    RawArticle read(ConsumerRecord<String, byte[]> record) {
        String json = decode(record.value());
        RawArticle article = parse(json);
        validate(article);
        if (article.id() != null && !article.id().isBlank()) {
            return article;
        }
        String key = record.key();
        if (key != null && ArticleIds.isValid(key)) {
            return article.withId(key);
        }
        return article.withId(ArticleIds.idOf(article));
    }

    private static String decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnprocessableRecordException(Reason.NOT_JSON, "the record has no value; expected a RawArticle JSON object");
        }
        if (value.length > Topics.RAW_MAX_VALUE_BYTES) {
            // decoding it would take several times its size of heap; ingest never writes one this large
            throw new UnprocessableRecordException(Reason.TOO_LARGE, "the value is " + value.length + " bytes; at most "
                    + Topics.RAW_MAX_VALUE_BYTES + " are read (a 10 MiB HTML page as JSON): trim the page or send it "
                    + "through ingest-service, which trims it");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnprocessableRecordException(Reason.NOT_UTF8, "the value is not valid UTF-8", e);
        }
    }

    private RawArticle parse(String json) {
        JsonNode tree;
        try {
            tree = strictMapper.readTree(json);
        } catch (JacksonException e) {
            throw new UnprocessableRecordException(Reason.NOT_JSON, "the value is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnprocessableRecordException(Reason.SCHEMA_INVALID, "the value must be a JSON object (a RawArticle)");
        }
        try {
            return strictMapper.treeToValue(tree, RawArticle.class);
        } catch (JacksonException e) {
            throw new UnprocessableRecordException(Reason.SCHEMA_INVALID, "the value does not match RawArticle: " + e.getOriginalMessage(), e);
        }
    }

    private static void validate(RawArticle article) {
        require(article.title() != null && !article.title().isBlank(), "title is required and must not be blank");
        require(article.body() != null && !article.body().isBlank(), "body is required and must not be blank");
        require(article.id() == null || article.id().isBlank() || ArticleIds.isValid(article.id()),
                "id must match " + ArticleIds.VALID_ID.pattern());
        require(article.contentType() == null || RawArticle.TEXT_PLAIN.equalsIgnoreCase(article.contentType())
                || article.hasHtmlBody(), "contentType must be text/plain or text/html");
        require(article.language() == null || LANGUAGE.matcher(article.language()).matches(),
                "language must be an ISO 639-1 code such as \"en\"");
        if (article.publishedAt() != null) {
            try {
                OffsetDateTime.parse(article.publishedAt());
            } catch (DateTimeParseException e) {
                throw new UnprocessableRecordException(Reason.SCHEMA_INVALID,
                        "publishedAt must be an ISO-8601 date-time with offset, e.g. 2023-09-13T10:00:00Z", e);
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new UnprocessableRecordException(Reason.SCHEMA_INVALID, message);
        }
    }
}
