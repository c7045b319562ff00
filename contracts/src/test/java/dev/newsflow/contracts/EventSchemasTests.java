package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas agree with the records: what Jackson writes from a record (nulls included, as
 * the services write them) is valid, and the schemas still reject what is not an article.
 */
class EventSchemasTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T = Instant.parse("2024-05-01T09:30:00Z");

    static final List<String> schemas = EventSchemas.ALL;

    @ParameterizedTest
    @FieldSource("schemas")
    void everySchemaIsValidJsonSchema2020AndReadsTheSameAsDraft07(String resource) {
        JsonNode schema = EventSchemas.schema(resource).getSchemaNode();

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(EventSchemas.errors(EventSchemas.metaSchema("https://json-schema.org/draft/2020-12/schema"), schema)).isEmpty();
        // docs/asyncapi.yaml declares them in the draft-07 format, the one every AsyncAPI tool reads
        assertThat(EventSchemas.errors(EventSchemas.metaSchema("http://json-schema.org/draft-07/schema#"), schema)).isEmpty();
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() {
        JsonNode broken = JSON.readTree("{\"type\":\"strnig\",\"required\":\"title\"}");

        assertThat(EventSchemas.errors(EventSchemas.metaSchema("https://json-schema.org/draft/2020-12/schema"), broken))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    static Stream<Arguments> recordsAsTheServicesWriteThem() {
        return Stream.of(
                Arguments.of(EventSchemas.RAW, minimalRaw()),
                Arguments.of(EventSchemas.RAW, fullRaw()),
                Arguments.of(EventSchemas.ENRICHED, enriched(null, null, null)),
                Arguments.of(EventSchemas.ENRICHED, enriched("https://example.com/a", "wire", "c-0123")),
                Arguments.of(EventSchemas.PUBLISHED, published(null, null)),
                Arguments.of(EventSchemas.PUBLISHED, published("https://example.com/a", "c-0123")));
    }

    @ParameterizedTest
    @MethodSource("recordsAsTheServicesWriteThem")
    void recordsSerializedByJacksonAreValid(String resource, Object record) {
        JsonNode written = JSON.valueToTree(record);

        assertThat(EventSchemas.errors(EventSchemas.schema(resource), written)).as(written.toString()).isEmpty();
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                invalid(EventSchemas.RAW, minimalRaw(), "missing title", n -> n.remove("title")),
                invalid(EventSchemas.RAW, minimalRaw(), "title not a string", n -> n.put("title", 42)),
                invalid(EventSchemas.RAW, minimalRaw(), "empty body", n -> n.put("body", "")),
                invalid(EventSchemas.RAW, minimalRaw(), "content type outside the enum", n -> n.put("contentType", "text/xml")),
                invalid(EventSchemas.RAW, minimalRaw(), "language not ISO 639-1", n -> n.put("language", "EN")),
                invalid(EventSchemas.RAW, minimalRaw(), "id with spaces", n -> n.put("id", "not an id")),
                invalid(EventSchemas.RAW, minimalRaw(), "publishedAt not a date-time", n -> n.put("publishedAt", "yesterday")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "missing version", n -> n.remove("version")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "entity type outside the enum",
                        n -> ((ObjectNode) n.get("entities").get(0)).put("type", "ANIMAL")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "unknown category", n -> n.put("category", "FOOD")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "unknown removal reason",
                        n -> ((ObjectNode) n.get("removed").get(0)).put("reason", "TOO_LONG")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "simhash not 16 hex digits", n -> n.put("simhash", "xyz")),
                invalid(EventSchemas.ENRICHED, enriched(null, null, null), "null title", n -> n.putNull("title")),
                invalid(EventSchemas.PUBLISHED, published(null, null), "missing href", n -> n.remove("href")),
                invalid(EventSchemas.PUBLISHED, published(null, null), "negative version", n -> n.put("version", -1)),
                invalid(EventSchemas.PUBLISHED, published(null, null), "occurredAt not a date-time",
                        n -> n.put("occurredAt", "1 May 2024")),
                invalid(EventSchemas.PUBLISHED, published(null, null), "entities not an array", n -> n.put("entities", "Putin")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidEvents")
    void invalidEventsAreRejected(String resource, JsonNode event, String what) {
        assertThat(EventSchemas.errors(EventSchemas.schema(resource), event)).as(what).isNotEmpty();
    }

    @Test
    void anArticleWithoutAnyOptionalFieldIsAValidRawArticle() {
        JsonNode bare = JSON.readTree("{\"title\":\"T\",\"body\":\"B\"}");

        assertThat(EventSchemas.errors(EventSchemas.schema(EventSchemas.RAW), bare)).isEmpty();
    }

    private static Arguments invalid(String resource, Object valid, String what, Consumer<ObjectNode> breakIt) {
        ObjectNode event = JSON.valueToTree(valid);
        breakIt.accept(event);
        return Arguments.of(resource, event, what);
    }

    private static RawArticle minimalRaw() {
        return new RawArticle(null, null, null, "Harbour reopens", "The harbour reopened.", null, null, null, null, null);
    }

    private static RawArticle fullRaw() {
        return new RawArticle("wire-1", "https://example.com/a", "wire", "Harbour reopens", "<p>The harbour reopened.</p>",
                RawArticle.TEXT_HTML, "en", "2024-05-01T09:30:00+02:00", "A. Writer", Map.of("section", "local"));
    }

    private static EnrichedArticle enriched(String url, String source, String duplicateOf) {
        return new EnrichedArticle("ev-1", T, "wire-1", 42, url, source, "Harbour reopens", "The harbour reopened.", "en",
                0.98, null, null, null, 3, 1, 1, null, List.of("harbour"),
                List.of(new Entity("Vladimir Putin", EntityType.PERSON, 2)), List.of(new Quote(null, "We are back."),
                        new Quote("Mayor", "Good news.")),
                Category.ECONOMY_BUSINESS_FINANCE, 0.7, "sha256:ab", "00ff00ff00ff00ff", duplicateOf,
                List.of(new Removal("Leave a Reply", RemovalReason.BOILERPLATE_PATTERN)), "enrich-core/1", T, T);
    }

    private static PublishedArticle published(String url, String duplicateOf) {
        return new PublishedArticle("published:wire-1:42", T, "wire-1", 42, url, null, "Harbour reopens", "und",
                Category.UNCATEGORIZED, List.of(new Entity("Vostochny", EntityType.LOCATION, 1)), duplicateOf, null,
                "http://127.0.0.1:8083/api/v1/articles/wire-1");
    }
}
