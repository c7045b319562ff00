package dev.newsflow.contracts.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EnrichedArticleFormatTests {

    private final EnrichedArticleFormat format = new EnrichedArticleFormat();
    private final JsonMapper json = JsonMapper.builder().build();

    static EnrichedArticle article() {
        Instant t = Instant.parse("2024-05-01T12:00:00Z");
        return new EnrichedArticle("enriched:a1:3", t, "a1", 3, "https://example.com/1", "wire", "Title", "Body text.",
                "en", 0.98, null, null, Map.of(), 2, 1, 1, "Body text.", List.of("body"),
                List.of(new Entity("Ann Lee", EntityType.PERSON, 1)), List.of(), Category.POLITICS, 0.5, "abc",
                "0123456789abcdef", null, List.of(), "1.0.0", t, t);
    }

    @Test
    void readsWhatTheEnricherWritesAndToleratesNewFields() {
        ObjectNode tree = json.valueToTree(article());
        tree.put("addedByANewerProducer", true);

        EnrichedArticle read = format.fromRecord(json.writeValueAsBytes(tree));

        assertThat(read).isEqualTo(article());
        assertThat(format.check(article())).isEmpty();
    }

    @Test
    void namesEveryFieldThatBreaksTheSchema() {
        ObjectNode tree = json.valueToTree(article());
        tree.remove("title");
        tree.put("version", "three");
        tree.put("simhash", "XYZ");
        tree.put("id", "../a");

        assertThatThrownBy(() -> format.fromRecord(json.writeValueAsBytes(tree)))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeadLetterReason.SCHEMA_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactlyInAnyOrder("title", "version", "simhash", "id");
                    assertThat(e.getMessage()).contains("title: is required", "version: must be a whole number, got a string",
                            "simhash: must be 16 lower-case hex digits, was \"XYZ\"");
                });
    }

    @Test
    void refusesWhatIsNotJsonOrNotAnObject() {
        assertThatThrownBy(() -> format.fromRecord("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NOT_JSON));
        assertThatThrownBy(() -> format.fromRecord("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.SCHEMA_INVALID));
    }

    @Test
    void publishedEventsAreCheckedAgainstTheirSchema() {
        PublishedArticleFormat published = new PublishedArticleFormat();
        PublishedArticle event = new PublishedArticle("published:a1:3:1", Instant.parse("2024-05-01T12:00:00Z"), "a1", 3,
                null, "wire", "Title", "en", Category.POLITICS, List.of(), null, null, "http://localhost:8083/api/v1/articles/a1");

        assertThat(published.check(event)).isEmpty();
        assertThat(published.fromRecord(json.writeValueAsBytes(event))).isEqualTo(event);
        ObjectNode broken = json.valueToTree(event);
        broken.remove("href");
        assertThatThrownBy(() -> published.fromRecord(json.writeValueAsBytes(broken))).hasMessageContaining("href: is required");
    }
}
