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

    static final long[] LEADS = {901L, 902L, 903L};

    @Test
    void versionsOfOneStoryCountAsOneStoryAndOtherStoriesStillCount() {
        try (SourceBoilerplateStore store = new InMemorySourceBoilerplateStore()) {
            for (int version = 1; version <= 6; version++) {
                assertThat(store.observe("s", "v" + version, new long[] {901L, 77L}, LEADS)).as("version %d", version)
                        .containsExactly(1, 1);
            }
            // another story that shares one lead sentence, but not its first, is another story
            assertThat(store.observe("s", "w", new long[] {901L}, new long[] {555L, 901L, 556L})).containsExactly(2);
        }
    }

    @Test
    void leadsAlreadyRecurringAcrossStoriesLinkNothing() {
        try (SourceBoilerplateStore store = new InMemorySourceBoilerplateStore()) {
            store.observe("s", "a", new long[] {901L, 902L}, new long[] {1L, 901L, 902L});
            store.observe("s", "b", new long[] {901L, 902L}, new long[] {2L, 901L, 902L});
            // 901 and 902 are in two stories now: an article opening with them is not a version of "a"
            assertThat(store.observe("s", "c", new long[] {901L, 902L}, new long[] {901L, 902L, 3L})).containsExactly(3, 3);
        }
    }

    @Test
    void leadsSurviveARestartAndStayBounded() {
        StoreLimits limits = new StoreLimits(4, 200, 20, 3);
        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir, limits, Duration.ofHours(1))) {
            store.observe("s", "v1", new long[] {77L}, LEADS);
            store.observe("s", "v2", new long[] {77L}, LEADS);
        }
        try (FileSourceBoilerplateStore reopened = FileSourceBoilerplateStore.open(dir, limits, Duration.ofHours(1))) {
            assertThat(reopened.observe("s", "v3", new long[] {77L}, LEADS)).containsExactly(1);
            for (int article = 0; article < 500; article++) {
                reopened.observe("s", "x" + article, new long[0], new long[] {article * 10L + 5, article * 10L + 6});
            }
            assertThat(reopened.leadCount("s")).isEqualTo(SourceTable.leadCapacity(limits));
        }
    }

    @Test
    void aStateFileOfTheFirstFormatIsReadWithoutLeads() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(0x4e46_5342);
        out.writeInt(1);
        out.writeInt(1); // one source
        out.writeUTF("gazette");
        out.writeInt(1); // candidates: sentence 11 seen in two articles
        out.writeLong(11L);
        out.writeByte(2);
        out.writeByte(2);
        out.writeInt(101);
        out.writeInt(102);
        out.writeInt(0); // confirmed: none
        out.flush();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        Files.write(dir.resolve(FileSourceBoilerplateStore.FILE_NAME), bytes.toByteArray());

        try (FileSourceBoilerplateStore store = FileSourceBoilerplateStore.open(dir)) {
            assertThat(store.observe("gazette", "a3", new long[] {11L}, LEADS)).containsExactly(3);
            assertThat(store.leadCount("gazette")).isEqualTo(LEADS.length);
        }
    }
}
