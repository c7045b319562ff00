package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordPostingsTests {

    @Test
    void unknownWordHasNoPostings() {
        WordPostings postings = new WordPostings();
        postings.add(7L, 0, 32);

        assertThat(postings.get(8L)).isNull();
    }

    @Test
    void keepsIndexesInTheOrderAddedUpToTheCap() {
        WordPostings postings = new WordPostings();
        for (int i = 0; i < 5; i++) {
            postings.add(42L, i, 3);
        }

        int[] list = postings.get(42L);
        assertThat(list[0]).isEqualTo(3);
        assertThat(list).startsWith(3, 0, 1, 2);
    }

    @Test
    void wordZeroAndManyWordsSurviveGrowth() {
        WordPostings postings = new WordPostings();
        for (long word = 0; word < 1_000; word++) {
            postings.add(word << 20, (int) word, 32);
            postings.add(word << 20, (int) word + 1, 32);
        }

        for (long word = 0; word < 1_000; word++) {
            int[] list = postings.get(word << 20);
            assertThat(list[0]).isEqualTo(2);
            assertThat(list[1]).isEqualTo((int) word);
            assertThat(list[2]).isEqualTo((int) word + 1);
        }
    }
}
