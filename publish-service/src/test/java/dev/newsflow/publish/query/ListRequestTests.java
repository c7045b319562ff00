package dev.newsflow.publish.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ListRequestTests {

    private final CursorCodec cursors = new CursorCodec("test-secret");

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        ListRequest request = parse(Map.of());
        assertThat(request.limit()).isEqualTo(20);
        assertThat(request.before()).isNull();
    }

    @Test
    void readsFiltersAndACursorMadeForTheSameFilters() {
        String cursor = cursors.encode(99L, new ListRequest(5, null, "en", "ann", Category.SPORT).fingerprint());
        ListRequest request = parse(Map.of("limit", "50", "language", "en", "source", "ann", "category", "sport",
                "cursor", cursor));
        assertThat(request).isEqualTo(new ListRequest(50, 99L, "en", "ann", Category.SPORT));
    }

    @Test
    void aCursorDoesNotCarryOverToOtherFilters() {
        String cursor = cursors.encode(99L, new ListRequest(5, null, "en", null, null).fingerprint());
        assertThatThrownBy(() -> parse(Map.of("language", "de", "cursor", cursor)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cursor");
    }

    @Test
    void rejectsLimitsOutOfRange() {
        for (String limit : List.of("0", "101", "-1", "abc", "1e3", "")) {
            assertThatThrownBy(() -> parse(Map.of("limit", limit)))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("limit");
        }
        assertThat(parse(Map.of("limit", "100")).limit()).isEqualTo(100);
        assertThat(parse(Map.of("limit", "1")).limit()).isEqualTo(1);
    }

    @Test
    void rejectsUnknownRepeatedAndNotYetSupportedParameters() {
        assertThatThrownBy(() -> parse(Map.of("sort", "asc")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown parameter 'sort'");
        assertThatThrownBy(() -> parse(Map.of("q", "kafka")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("not supported yet");
        MultiValueMap<String, String> repeated = new LinkedMultiValueMap<>();
        repeated.put("limit", List.of("1", "2"));
        assertThatThrownBy(() -> ListRequest.parse(repeated, 20, 100, cursors))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("at most once");
    }

    @Test
    void rejectsUnknownCategoriesAndEmptyFilters() {
        assertThatThrownBy(() -> parse(Map.of("category", "gossip")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("category must be one of");
        assertThatThrownBy(() -> parse(Map.of("language", " ")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("language");
    }

    private ListRequest parse(Map<String, String> params) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        params.forEach(map::add);
        return ListRequest.parse(map, 20, 100, cursors);
    }
}
