package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/asyncapi.yaml describes what the code really uses: a channel for every topic and no other,
 * the contract's own schemas as payloads, every header name, and no dangling reference.
 */
class AsyncApiDocumentTests {

    private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
    private static final JsonNode DOCUMENT = YAMLMapper.builder().build().readTree(DOCS.resolve("asyncapi.yaml").toFile());
    private static final String DRAFT_07 = "application/schema+json;version=draft-07";

    @Test
    void isAnAsyncApi3DocumentForTheKafkaServers() {
        assertThat(DOCUMENT.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.get("servers").values()).extracting(server -> server.get("protocol").asString())
                .containsOnly("kafka");
        assertThat(DOCUMENT.get("servers").values()).extracting(server -> server.get("host").asString())
                .contains("127.0.0.1:9092", "kafka:19092");
    }

    @Test
    void everyTopicHasAChannelAndEveryChannelIsATopic() throws IllegalAccessException {
        List<String> addresses = new ArrayList<>();
        for (JsonNode channel : DOCUMENT.get("channels").values()) {
            addresses.add(channel.get("address").asString());
            assertThat(channel.at("/bindings/kafka/topic").asString()).isEqualTo(channel.get("address").asString());
        }

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topics());
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOCUMENT, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            if (ref.startsWith("#")) {
                assertThat(DOCUMENT.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(DOCS.resolve(ref).normalize()).as(ref).isRegularFile();
            }
        });
    }

    @Test
    void messagesCarryTheContractsSchemaForTheirRecord() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> schemaOfMessage = Map.of("RawArticle", EventSchemas.RAW,
                "EnrichedArticle", EventSchemas.ENRICHED, "PublishedArticle", EventSchemas.PUBLISHED);

        schemaOfMessage.forEach((name, resource) -> {
            JsonNode payload = DOCUMENT.at("/components/messages").values().stream()
                    .filter(message -> message.get("name").asString().equals(name)).findFirst().orElseThrow()
                    .get("payload");
            assertThat(payload.get("schemaFormat").asString()).isEqualTo(DRAFT_07);
            Path file = DOCS.resolve(payload.at("/schema/$ref").asString()).normalize();
            assertThat(file).isEqualTo(Path.of("src/main/resources", resource).toAbsolutePath());
            assertThat(json.readTree(file.toFile()).get("title").asString()).isEqualTo(name);
        });
    }

    @Test
    void everyHeaderAndEventTypeOfTheContractIsDocumented() throws IllegalAccessException {
        Set<String> documented = new HashSet<>();
        DOCUMENT.at("/components/schemas").values().forEach(schema -> collectPropertyNames(schema, documented));
        List<String> eventTypes = DOCUMENT.at("/components/schemas/cloudEventHeaders/properties/ce_type/enum").values()
                .stream().map(JsonNode::asString).toList();

        assertThat(documented).containsAll(constants(Headers.class));
        assertThat(eventTypes).containsExactlyInAnyOrder(EventTypes.RAW, EventTypes.ENRICHED, EventTypes.PUBLISHED);
    }

    private static List<String> topics() throws IllegalAccessException {
        return constants(Topics.class).stream().filter(name -> !name.equals(Topics.DEAD_LETTER_SUFFIX)).toList();
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
                    && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asString());
        }
        node.values().forEach(child -> collectRefs(child, refs));
    }

    private static void collectPropertyNames(JsonNode node, Set<String> names) {
        if (node.isObject() && node.has("properties")) {
            names.addAll(node.get("properties").propertyNames());
        }
        Stream.of(node).flatMap(n -> n.values().stream()).forEach(child -> collectPropertyNames(child, names));
    }
}
