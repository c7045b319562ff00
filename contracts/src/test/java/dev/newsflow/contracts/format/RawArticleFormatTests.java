package dev.newsflow.contracts.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawArticleFormatTests {

    private final RawArticleFormat format = new RawArticleFormat();

    private static RawArticle article(String title, String body) {
        return new RawArticle(null, null, null, title, body, null, null, null, null, null);
    }

    // --- reading JSON

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        RawArticle article = format.read("""
                {"id":"a1","url":"https://example.com/1","source":"wire","title":"T","body":"B",
                 "contentType":"text/plain","language":"en","publishedAt":"2024-01-01T00:00:00Z","author":"Ann",
                 "metadata":{"section":"world"},"extra":{"nested":[1,2,3]},"version":7}
                """);

        assertThat(article).isEqualTo(new RawArticle("a1", "https://example.com/1", "wire", "T", "B", "text/plain", "en",
                "2024-01-01T00:00:00Z", "Ann", Map.of("section", "world")));
    }

    @Test
    void treatsNullAsAbsent() {
        assertThat(format.read("{\"title\":\"T\",\"body\":\"B\",\"id\":null,\"metadata\":null}"))
                .isEqualTo(new RawArticle(null, null, null, "T", "B", null, null, null, null, null));
    }

    @Test
    void namesEveryFieldOfTheWrongType() {
        assertThatThrownBy(() -> format.read("{\"title\":42,\"body\":[\"x\"],\"url\":true,\"metadata\":{\"a\":1}}"))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeadLetterReason.SCHEMA_INVALID);
                    assertThat(e.violations()).containsExactlyInAnyOrder(
                            new FieldViolation("url", "must be a string, got a boolean"),
                            new FieldViolation("title", "must be a string, got a number"),
                            new FieldViolation("body", "must be a string, got an array"),
                            new FieldViolation("metadata.a", "must be a string, got a number"));
                });
    }

    @Test
    void saysWhereJsonIsMalformed() {
        assertThatThrownBy(() -> format.read("{\n  \"title\": \"T\",\n  \"body\": }"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NOT_JSON))
                .hasMessageStartingWith("Malformed JSON at line 3, column 11");
    }

    @Test
    void rejectsTruncatedJsonTrailingContentAndDuplicateFields() {
        assertThatThrownBy(() -> format.read("{\"title\":\"T\"")).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> format.read("{\"title\":\"T\",\"body\":\"B\"} {}")).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> format.read("{\"title\":\"T\",\"title\":\"U\",\"body\":\"B\"}")).hasMessageContaining("Duplicate");
    }

    @Test
    void rejectsDeepNestingEvenInUnknownFields() {
        String deep = "{\"title\":\"T\",\"body\":\"B\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> format.read(deep)).hasMessageContaining("nested too deeply");
    }

    @Test
    void rejectsAnythingButAnObject() {
        assertThatThrownBy(() -> format.read("[1]")).hasMessageContaining("got an array");
        assertThatThrownBy(() -> format.read("\"text\"")).hasMessageContaining("got a string");
        assertThatThrownBy(() -> format.read("  ")).hasMessageContaining("empty");
    }

    @Test
    void explainsPatternsAndEnumerationsWithAnExample() {
        assertThatThrownBy(() -> format.admit(format.read("{\"title\":\"T\",\"body\":\"B\",\"language\":\"English\",\"contentType\":\"pdf\"}")))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new FieldViolation("language", "must be an ISO 639-1 code of two lower-case letters, e.g. \"en\", was \"English\""),
                        new FieldViolation("contentType", "must be \"text/plain\" or \"text/html\", was \"pdf\"")));
    }

    // --- admitting

    @Test
    void derivesTheIdFromTheCanonicalUrlWhenNoIdIsGiven() {
        RawArticle a = format.admit(new RawArticle(null, "https://www.Example.com/a/?utm_source=x", null,
                "Title", "Body", null, null, null, null, null));
        RawArticle b = format.admit(new RawArticle(null, "http://example.com/a", null,
                "Other title", "Other body", null, null, null, null, null));

        assertThat(a.id()).startsWith("u-").isEqualTo(b.id());
    }

    @Test
    void derivesTheIdFromNormalizedContentWithoutUrl() {
        RawArticle a = format.admit(article("  The Title ", "Some   body"));
        RawArticle b = format.admit(article("the title", "some body"));

        assertThat(a.id()).startsWith("c-").isEqualTo(b.id()).matches(ArticleIds.VALID_ID);
    }

    @Test
    void keepsAGivenIdAndTrimsTitleAndAttributes() {
        RawArticle clean = format.admit(new RawArticle("my-id.1", " https://example.com/x ", " wire ",
                "  Title  ", "Body", "TEXT/HTML", "en", "2024-05-01T11:30:00+02:00", " Ann ", Map.of("k", "v")));

        assertThat(clean).isEqualTo(new RawArticle("my-id.1", "https://example.com/x", "wire", "Title", "Body",
                "text/html", "en", "2024-05-01T11:30:00+02:00", "Ann", Map.of("k", "v")));
    }

    @Test
    void requiresTitleAndBody() {
        assertThatThrownBy(() -> format.admit(article(null, null)))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("title", "is required"), new FieldViolation("body", "is required")));
    }

    @Test
    void rejectsBlankTitleAndBody() {
        assertThatThrownBy(() -> format.admit(article(" \t", "\n ")))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("title", "body"));
    }

    @Test
    void rejectsATitleOverAThousandCharacters() {
        format.admit(article("t".repeat(1000), "b"));

        assertThatThrownBy(() -> format.admit(article("t".repeat(1001), "b")))
                .hasMessageContaining("title: is 1001 characters long; at most 1000");
    }

    @Test
    void namesEveryInvalidAttributeAtOnce() {
        RawArticle bad = new RawArticle("../etc/passwd", "ftp://example.com/x", null, "T", "B", "application/pdf", "EN",
                "yesterday", null, null);

        assertThatThrownBy(() -> format.admit(bad))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("id", "url", "contentType", "language", "publishedAt"));
    }

    @Test
    void rejectsAnEmptyIdInsteadOfDerivingOne() {
        assertThatThrownBy(() -> format.admit(new RawArticle("", null, null, "T", "B", null, null, null, null, null)))
                .hasMessageContaining("id: must not be empty");
    }

    @Test
    void acceptsInstantsAndOffsetDateTimes() {
        for (String when : new String[] {"2024-05-01T09:30:00Z", "2024-05-01T09:30:00.123Z", "2024-05-01T11:30:00+02:00"}) {
            assertThat(format.admit(new RawArticle(null, null, null, "T", "B", null, null, when, null, null))
                    .publishedAt()).isEqualTo(when);
        }
        assertThatThrownBy(() -> format.admit(
                new RawArticle(null, null, null, "T", "B", null, null, "2024-05-01T09:30:00", null, null)))
                .hasMessageContaining("publishedAt: must be an ISO-8601 date-time with offset");
    }

    @Test
    void boundsMetadata() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= RawArticleFormat.MAX_METADATA_ENTRIES; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> format.admit(new RawArticle(null, null, null, "T", "B", null, null, null, null, many)))
                .hasMessageContaining("metadata: has 65 entries");
        assertThatThrownBy(() -> format.admit(new RawArticle(null, null, null, "T", "B", null, null, null, null,
                Map.of("k", "v".repeat(RawArticleFormat.MAX_METADATA_VALUE_CHARS + 1)))))
                .hasMessageContaining("metadata.k");
    }

    // --- records, as any Kafka client writes them

    @Test
    void aRecordTakesItsIdFromTheValueElseTheKeyElseItsContent() {
        byte[] withId = "{\"id\":\"in-value\",\"title\":\"T\",\"body\":\"B\"}".getBytes(StandardCharsets.UTF_8);
        byte[] without = "{\"title\":\"T\",\"body\":\"B\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(format.fromRecord("the-key", withId).id()).isEqualTo("in-value");
        assertThat(format.fromRecord("the-key", without).id()).isEqualTo("the-key");
        assertThat(format.fromRecord("not a valid key!", without).id())
                .isEqualTo(format.admit(article("T", "B")).id());
        assertThat(format.fromRecord(null, without).id()).startsWith("c-");
    }

    @Test
    void aRecordIsAdmittedByTheSameRulesAsAnHttpArticle() {
        byte[] relativeUrl = "{\"title\":\"T\",\"body\":\"B\",\"url\":\"/news/1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.fromRecord("k", relativeUrl))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.SCHEMA_INVALID))
                .hasMessageContaining("url: must be an absolute http or https URL");
    }

    @Test
    void aRecordLargerThanAnyIngestWritesIsRefusedBeforeDecoding() {
        String page = "<p>" + "a".repeat(Topics.RAW_MAX_VALUE_BYTES) + "</p>";
        byte[] json = ("{\"title\":\"T\",\"contentType\":\"text/html\",\"body\":\"" + page + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.fromRecord("k", json))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.TOO_LARGE))
                .hasMessageContaining("at most 13107200 are read");
        byte[] fits = ("{\"title\":\"T\",\"contentType\":\"text/html\",\"body\":\"" + page.substring(100) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(format.fromRecord("k", fits).body()).hasSize(Topics.RAW_MAX_VALUE_BYTES - 93);
    }

    @Test
    void aRecordThatIsNotUtf8OrEmptyIsRefusedForWhatItIs() {
        assertThatThrownBy(() -> format.fromRecord("k", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NOT_UTF8));
        assertThatThrownBy(() -> format.fromRecord("k", new byte[0]))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NOT_JSON));
    }
}
