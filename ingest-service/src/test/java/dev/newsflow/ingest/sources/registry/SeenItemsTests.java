package dev.newsflow.ingest.sources.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenItemsTests {

    @Test
    void remembersUpToItsCapacityForgettingTheOldestFirst() {
        SeenItems seen = new SeenItems(3);
        for (String key : new String[] {"a", "b", "c", "b", "d"}) {
            seen.add(key);
        }

        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.contains("a")).isFalse();
        assertThat(seen.contains("b")).isTrue();
        assertThat(seen.contains("c")).isTrue();
        assertThat(seen.contains("d")).isTrue();
        assertThat(seen.contains("e")).isFalse();
    }

    @Test
    void survivesEncodingAndKeepsTheNewestWhenTheCapacityShrank() {
        SeenItems seen = new SeenItems(1000);
        for (int i = 0; i < 1500; i++) {
            seen.add("item-" + i);
        }

        SeenItems same = SeenItems.decode(seen.encode(), 1000);
        SeenItems smaller = SeenItems.decode(seen.encode(), 10);

        assertThat(same.size()).isEqualTo(1000);
        assertThat(same.contains("item-499")).isFalse();
        assertThat(same.contains("item-500")).isTrue();
        assertThat(same.contains("item-1499")).isTrue();
        assertThat(smaller.size()).isEqualTo(10);
        assertThat(smaller.contains("item-1489")).isFalse();
    }
}
