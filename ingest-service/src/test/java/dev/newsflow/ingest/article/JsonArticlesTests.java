package dev.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.newsflow.contracts.RawArticle;
import org.junit.jupiter.api.Test;

class JsonArticlesTests {

    private final JsonArticles json = new JsonArticles();

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        RawArticle article = json.article("""
                {"id":"a1","url":"https://example.com/1","source":"wire","title":"T","body":"B",
                 "contentType":"text/plain","language":"en","publishedAt":"2024-01-01T00:00:00Z","author":"Ann",
                 "metadata":{"section":"world"},"extra":{"nested":[1,2,3]},"version":7}
                """);

        assertThat(article).isEqualTo(new RawArticle("a1", "https://example.com/1", "wire", "T", "B", "text/plain", "en",
                "2024-01-01T00:00:00Z", "Ann", Map.of("section", "world")));
    }

    @Test
    void treatsNullAsAbsent() {
        assertThat(json.article("{\"title\":\"T\",\"body\":\"B\",\"id\":null,\"metadata\":null}"))
                .isEqualTo(new RawArticle(null, null, null, "T", "B", null, null, null, null, null));
    }

    @Test
    void rejectsKnownFieldsOfTheWrongTypeNamingEach() {
        assertThatThrownBy(() -> json.article("{\"title\":42,\"body\":[\"x\"],\"url\":true,\"metadata\":{\"a\":1}}"))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("url", "must be a string, got a boolean"),
                        new Violation("title", "must be a string, got a number"),
                        new Violation("body", "must be a string, got an array"),
                        new Violation("metadata.a", "must be a string, got a number")));
    }

    @Test
    void saysWhereJsonIsMalformed() {
        assertThatThrownBy(() -> json.article("{\n  \"title\": \"T\",\n  \"body\": }"))
                .hasMessageStartingWith("Malformed JSON at line 3, column 11");
    }

    @Test
    void rejectsTruncatedJsonTrailingContentAndDuplicateFields() {
        assertThatThrownBy(() -> json.article("{\"title\":\"T\"")).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> json.article("{\"title\":\"T\",\"body\":\"B\"} {}")).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> json.article("{\"title\":\"T\",\"title\":\"U\",\"body\":\"B\"}"))
                .hasMessageContaining("Duplicate");
    }

    @Test
    void rejectsDeepNestingEvenInUnknownFields() {
        String deep = "{\"title\":\"T\",\"body\":\"B\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> json.article(deep)).hasMessageContaining("nested too deeply");
    }

    @Test
    void rejectsAnythingButAnObject() {
        assertThatThrownBy(() -> json.article("[1]")).hasMessageContaining("got an array");
        assertThatThrownBy(() -> json.article("\"text\"")).hasMessageContaining("got a string");
        assertThatThrownBy(() -> json.article("  ")).hasMessageContaining("The body is empty");
    }
}
