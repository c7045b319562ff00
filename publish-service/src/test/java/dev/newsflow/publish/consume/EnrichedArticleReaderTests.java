package dev.newsflow.publish.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.TestArticles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EnrichedArticleReaderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EnrichedArticleReader reader = new EnrichedArticleReader(json);

    @Test
    void readsAnArticleAsEnrichServiceWritesIt() {
        EnrichedArticle article = TestArticles.article("a-1", 7);
        assertThat(reader.read(json.writeValueAsBytes(article))).isEqualTo(article);
    }

    @Test
    void toleratesFieldsAddedByANewerProducer() {
        ObjectNode tree = json.valueToTree(TestArticles.article("a-1", 7));
        tree.put("sentiment", 0.4);
        assertThat(reader.read(json.writeValueAsBytes(tree)).id()).isEqualTo("a-1");
    }

    @Test
    void bytesThatAreNotJsonAreUnreadable() {
        assertRejected("not json {".getBytes(StandardCharsets.UTF_8), DeadLetterReason.NOT_JSON, "not JSON");
        assertRejected(new byte[0], DeadLetterReason.NOT_JSON, "empty");
        assertRejected(null, DeadLetterReason.NOT_JSON, "empty");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        ObjectNode tree = json.valueToTree(TestArticles.article("a-1", 7));
        tree.remove("body");
        tree.putNull("contentHash");
        assertRejected(json.writeValueAsBytes(tree), DeadLetterReason.SCHEMA_INVALID,
                "body is required; contentHash is required");
    }

    @Test
    void wrongTypesAndBrokenConstraintsAreNamed() {
        ObjectNode wrongType = json.valueToTree(TestArticles.article("a-1", 7));
        wrongType.put("version", "seven");
        assertRejected(json.writeValueAsBytes(wrongType), DeadLetterReason.SCHEMA_INVALID, "version has the wrong type");

        ObjectNode badSimhash = json.valueToTree(TestArticles.article("a-1", 7));
        badSimhash.put("simhash", "XYZ");
        assertRejected(json.writeValueAsBytes(badSimhash), DeadLetterReason.SCHEMA_INVALID, "simhash");

        ObjectNode badCategory = json.valueToTree(TestArticles.article("a-1", 7));
        badCategory.put("category", "GOSSIP");
        assertRejected(json.writeValueAsBytes(badCategory), DeadLetterReason.SCHEMA_INVALID, "not a valid EnrichedArticle");

        ObjectNode badId = json.valueToTree(TestArticles.article("a-1", 7));
        badId.put("id", "has spaces in it");
        assertRejected(json.writeValueAsBytes(badId), DeadLetterReason.SCHEMA_INVALID, "id is not a valid article id");

        assertRejected("[1,2]".getBytes(StandardCharsets.UTF_8), DeadLetterReason.SCHEMA_INVALID, "JSON object");
    }

    private void assertRejected(byte[] value, DeadLetterReason reason, String message) {
        assertThatThrownBy(() -> reader.read(value))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
