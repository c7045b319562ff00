package dev.newsflow.publish.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.Category;
import dev.newsflow.publish.filter.InvalidRequestException;
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
        assertThat(request.after()).isNull();
    }

    @Test
    void readsFiltersAndACursorMadeForTheSameFilters() {
        Map<String, String> filters = Map.of("language", "en", "source", "ann", "category", "sport", "q", "kafka");
        String cursor = cursors.encode(new Cursor(99L, 0.25f, 120L, 3L), parse(filters).filter().fingerprint());
        Map<String, String> withCursor = new java.util.HashMap<>(filters);
        withCursor.put("cursor", cursor);
        withCursor.put("limit", "50");
        ListRequest request = parse(withCursor);
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.after()).isEqualTo(new Cursor(99L, 0.25f, 120L, 3L));
        assertThat(request.filter().category()).isEqualTo(Category.SPORT);
        assertThat(request.filter().text().words()).isEqualTo("kafka");
    }

    @Test
    void aCursorDoesNotCarryOverToOtherFilters() {
        String cursor = cursors.encode(new Cursor(99L, 0f, 99L, 0L), parse(Map.of("language", "en")).filter().fingerprint());
        assertThatThrownBy(() -> parse(Map.of("language", "de", "cursor", cursor)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> parse(Map.of("language", "en", "q", "x", "cursor", cursor)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> parse(Map.of("cursor", " ")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cursor");
    }

    @Test
    void rejectsLimitsOutOfRange() {
        for (String limit : List.of("0", "101", "-1", "abc", "1e3", "", "1;DROP TABLE articles")) {
            assertThatThrownBy(() -> parse(Map.of("limit", limit)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("limit");
        }
        assertThat(parse(Map.of("limit", "100")).limit()).isEqualTo(100);
        assertThat(parse(Map.of("limit", "1")).limit()).isEqualTo(1);
    }

    @Test
    void rejectsUnknownAndRepeatedParameters() {
        assertThatThrownBy(() -> parse(Map.of("sort", "asc")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown parameter 'sort'");
        MultiValueMap<String, String> repeated = new LinkedMultiValueMap<>();
        repeated.put("limit", List.of("1", "2"));
        assertThatThrownBy(() -> ListRequest.parse(repeated, 20, 100, cursors))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most once");
    }

    private ListRequest parse(Map<String, String> params) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        params.forEach(map::add);
        return ListRequest.parse(map, 20, 100, cursors);
    }
}
