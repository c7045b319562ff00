package dev.newsflow.publish.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void wordsPhrasesAndExclusionsGoToWebsearchAsTheyAre() {
        SearchText text = SearchText.parse("central bank \"interest rates\" -inflation or deflation");
        assertThat(text.words()).isEqualTo("central bank \"interest rates\" -inflation or deflation");
        assertThat(text.prefixes()).isEmpty();
    }

    @Test
    void trailingStarsOutsideQuotesArePrefixes() {
        SearchText text = SearchText.parse("Negot* \"par* excellence\" ceasefire Kyiv**");
        assertThat(text.prefixes()).containsExactly("negot", "kyiv");
        assertThat(text.words()).isEqualTo("\"par* excellence\" ceasefire");
        assertThat(SearchText.parse("econ*").words()).isEmpty();
    }

    @Test
    void tsquerySyntaxIsNeverAPrefix() {
        // only letters and digits before the star make a prefix; anything else stays plain text
        SearchText text = SearchText.parse("a:*|b* 'x'&y*");
        assertThat(text.prefixes()).isEmpty();
        assertThat(text.words()).isEqualTo("a:*|b* 'x'&y*");
    }

    @Test
    void rejectsQueriesWithoutAWordAndTooShortOrTooManyPrefixes() {
        assertThatThrownBy(() -> SearchText.parse("* \"\" -")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one word");
        assertThatThrownBy(() -> SearchText.parse("a*")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 2");
        String many = String.join(" ", List.of("aa*", "bb*", "cc*", "dd*", "ee*", "ff*", "gg*", "hh*", "ii*", "jj*", "kk*"));
        assertThatThrownBy(() -> SearchText.parse(many)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most 10");
    }
}
