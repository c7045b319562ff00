package dev.newsflow.enrichment.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceBoilerplateStoreTests {

    static final long[] SENTENCES = {11L, 22L};

    @TempDir
    Path dir;

    @Test
    void countsDistinctArticlesOnly() {
        try (SourceBoilerplateStore store = new InMemorySourceBoilerplateStore()) {
            assertThat(store.observe("s", "a", SENTENCES)).containsExactly(1, 1);
            assertThat(store.observe("s", "a", SENTENCES)).containsExactly(1, 1);
            assertThat(store.observe("s", "b", new long[] {11L})).containsExactly(2);
            assertThat(store.observe("t", "c", new long[] {11L})).containsExactly(1);
        }
    }

    @Test
    void learnedCountsSurviveARestart() {
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir)) {
            store.observe("gazette", "a1", SENTENCES);
            store.observe("gazette", "a2", SENTENCES);
        }

        try (FileSourceBoilerplateStore reopened = FileSourceBoilerplateStore.open(dir)) {
            assertThat(reopened.observe("gazette", "a3", SENTENCES)).containsExactly(3, 3);
            assertThat(reopened.observe("gazette", "a1", SENTENCES)).containsExactly(3, 3);
        }
    }

    @Test
    void writesAtMostOncePerIntervalWhileObserving() throws IOException {
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir, StoreLimits.DEFAULT, Duration.ZERO)) {
            store.observe("gazette", "a1", SENTENCES);
            assertThat(Files.exists(store.file())).isTrue();
        }
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir, StoreLimits.DEFAULT, Duration.ofHours(1))) {
            long before = Files.size(store.file());
            store.observe("gazette", "a2", new long[] {33L, 44L, 55L});
            assertThat(Files.size(store.file())).isEqualTo(before);
        }
    }

    @Test
    void damagedStateIsSetAsideNotFatal() throws IOException {
        Files.writeString(dir.resolve(FileSourceBoilerplateStore.FILE_NAME), "not a state file at all");

        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir)) {
            assertThat(store.observe("s", "a", SENTENCES)).containsExactly(1, 1);
        }
        assertThat(dir.resolve(FileSourceBoilerplateStore.FILE_NAME + ".corrupt")).exists();
    }

    @Test
    void truncatedStateIsDetected() throws IOException {
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir)) {
            store.observe("gazette", "a1", SENTENCES);
        }
        Path file = dir.resolve(FileSourceBoilerplateStore.FILE_NAME);
        byte[] content = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(content, content.length - 5));

        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir)) {
            assertThat(store.observe("gazette", "a2", SENTENCES)).containsExactly(1, 1);
        }
    }

    @Test
    void staysBoundedInSourcesAndSentences() {
        StoreLimits limits = new StoreLimits(10, 50, 20, 3);
        InMemorySourceBoilerplateStore store = new InMemorySourceBoilerplateStore(limits);
        for (int source = 0; source < 100; source++) {
            for (int article = 0; article < 20; article++) {
                long[] sentences = new long[30];
                for (int i = 0; i < sentences.length; i++) {
                    sentences[i] = i < 5 ? i : source * 1_000_000L + article * 1000L + i;
                }
                store.observe("source-" + source, "a" + article, sentences);
            }
        }

        assertThat(store.sourceCount()).isEqualTo(10);
        assertThat(store.sentenceCount("source-99")).isLessThanOrEqualTo(70);
        assertThat(store.observe("source-99", "new", new long[] {0L, 4L})).containsExactly(16, 16);
    }

    @Test
    void storyFloodDoesNotEvictConfirmedFurniture() {
        InMemorySourceBoilerplateStore store = new InMemorySourceBoilerplateStore(new StoreLimits(10, 50, 20, 3));
        for (int article = 0; article < 3; article++) {
            store.observe("s", "a" + article, new long[] {7L});
        }
        for (int article = 0; article < 100; article++) {
            long[] story = new long[20];
            for (int i = 0; i < story.length; i++) {
                story[i] = 1000L * article + i + 100;
            }
            store.observe("s", "b" + article, story);
        }

        assertThat(store.observe("s", "c", new long[] {7L})).containsExactly(4);
    }
}
