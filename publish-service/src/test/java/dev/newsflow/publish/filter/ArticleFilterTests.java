package dev.newsflow.publish.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EntityType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ArticleFilterTests {

    @Test
    void readsEveryFilter() {
        ArticleFilter filter = parse(Map.of("q", "summit", "entity", "Vladimir Putin", "entityType", "person",
                "language", "EN", "source", "ann", "category", "politics", "from", "2024-05-01",
                "to", "2024-05-02T12:00:00+02:00", "duplicates", "EXCLUDE"));
        assertThat(filter.text().words()).isEqualTo("summit");
        assertThat(filter.entity()).isEqualTo("Vladimir Putin");
        assertThat(filter.entityType()).isEqualTo(EntityType.PERSON);
        assertThat(filter.language()).isEqualTo("en");
        assertThat(filter.source()).isEqualTo("ann");
        assertThat(filter.category()).isEqualTo(Category.POLITICS);
        assertThat(filter.from()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2024-05-02T10:00:00Z"));
        assertThat(filter.duplicates()).isEqualTo(Duplicates.EXCLUDE);
        assertThat(parse(Map.of()).duplicates()).isEqualTo(Duplicates.INCLUDE);
    }

    @Test
    void aDateAsUpperBoundIncludesItsWholeDay() {
        ArticleFilter filter = parse(Map.of("from", "2024-05-01", "to", "2024-05-01"));
        assertThat(filter.from()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
    }

    @Test
    void rejectsWhatCannotBeAValue() {
        assertInvalid(Map.of("from", "yesterday"), "from must be an ISO-8601 instant");
        assertInvalid(Map.of("to", "2024-05-01T10:00:00 02:00"), "%2B");
        assertInvalid(Map.of("from", "2024-05-03", "to", "2024-05-01"), "from must be before to");
        assertInvalid(Map.of("entityType", "PERSON"), "entityType needs entity");
        assertInvalid(Map.of("entity", "x", "entityType", "ANIMAL"), "entityType must be one of");
        assertInvalid(Map.of("duplicates", "maybe"), "duplicates must be one of");
        assertInvalid(Map.of("category", "gossip"), "category must be one of");
        assertInvalid(Map.of("language", "en' OR '1'='1"), "language must be an ISO 639-1 code");
        assertInvalid(Map.of("source", "ann\u0000"), "control characters");
        assertInvalid(Map.of("source", " "), "source must not be empty");
        assertInvalid(Map.of("q", "x".repeat(501)), "at most 500");
    }

    @Test
    void theFingerprintTellsFiltersApart() {
        assertThat(parse(Map.of("q", "a b")).fingerprint()).isNotEqualTo(parse(Map.of("q", "a", "source", "b")).fingerprint());
        assertThat(parse(Map.of("q", "ab*")).fingerprint()).isNotEqualTo(parse(Map.of("q", "ab")).fingerprint());
        assertThat(parse(Map.of("duplicates", "only")).fingerprint()).isNotEqualTo(parse(Map.of()).fingerprint());
        assertThat(parse(Map.of("category", "SPORT")).fingerprint()).isEqualTo(parse(Map.of("category", "sport")).fingerprint());
        assertThat(parse(Map.of("duplicateOf", "a1")).fingerprint()).isNotEqualTo(parse(Map.of("duplicateOf", "a2")).fingerprint())
                .isNotEqualTo(parse(Map.of()).fingerprint());
    }

    private static void assertInvalid(Map<String, String> params, String message) {
        assertThatThrownBy(() -> parse(params)).isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
    }

    private static ArticleFilter parse(Map<String, String> params) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        params.forEach(map::add);
        return ArticleFilter.parse(new RequestParameters(map, ArticleFilter.PARAMETERS));
    }
}
