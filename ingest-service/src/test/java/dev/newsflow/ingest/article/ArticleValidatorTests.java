package dev.newsflow.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleValidatorTests {

    private static RawArticle article(String title, String body) {
        return new RawArticle(null, null, null, title, body, null, null, null, null, null);
    }

    @Test
    void derivesTheIdFromTheCanonicalUrlWhenNoIdIsGiven() {
        RawArticle a = ArticleValidator.validate(new RawArticle(null, "https://www.Example.com/a/?utm_source=x", null,
                "Title", "Body", null, null, null, null, null));
        RawArticle b = ArticleValidator.validate(new RawArticle(null, "http://example.com/a", null,
                "Other title", "Other body", null, null, null, null, null));

        assertThat(a.id()).startsWith("u-").isEqualTo(b.id());
    }

    @Test
    void derivesTheIdFromNormalizedContentWithoutUrl() {
        RawArticle a = ArticleValidator.validate(article("  The Title ", "Some   body"));
        RawArticle b = ArticleValidator.validate(article("the title", "some body"));

        assertThat(a.id()).startsWith("c-").isEqualTo(b.id()).matches(ArticleIds.VALID_ID);
    }

    @Test
    void keepsAGivenIdAndTrimsTitleAndAttributes() {
        RawArticle clean = ArticleValidator.validate(new RawArticle("my-id.1", " https://example.com/x ", " wire ",
                "  Title  ", "Body", "TEXT/HTML", "en", "2024-05-01T11:30:00+02:00", " Ann ", Map.of("k", "v")));

        assertThat(clean).isEqualTo(new RawArticle("my-id.1", "https://example.com/x", "wire", "Title", "Body",
                "text/html", "en", "2024-05-01T11:30:00+02:00", "Ann", Map.of("k", "v")));
    }

    @Test
    void requiresTitleAndBody() {
        assertThatThrownBy(() -> ArticleValidator.validate(article(null, null)))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("title", "is required"), new Violation("body", "is required")));
    }

    @Test
    void rejectsBlankTitleAndBody() {
        assertThatThrownBy(() -> ArticleValidator.validate(article(" \t", "\n ")))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "body"));
    }

    @Test
    void rejectsATitleOverAThousandCharacters() {
        ArticleValidator.validate(article("t".repeat(1000), "b"));

        assertThatThrownBy(() -> ArticleValidator.validate(article("t".repeat(1001), "b")))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.getMessage()).contains("title: is 1001 characters long; at most 1000"));
    }

    @Test
    void namesEveryInvalidAttributeAtOnce() {
        RawArticle bad = new RawArticle("../etc/passwd", "ftp://example.com/x", null, "T", "B", "application/pdf", "EN",
                "yesterday", null, null);

        assertThatThrownBy(() -> ArticleValidator.validate(bad))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("id", "url", "contentType", "language", "publishedAt"));
    }

    @Test
    void rejectsAnEmptyIdInsteadOfDerivingOne() {
        assertThatThrownBy(() -> ArticleValidator.validate(
                new RawArticle("", null, null, "T", "B", null, null, null, null, null)))
                .hasMessageContaining("id: must not be empty");
    }

    @Test
    void acceptsInstantsAndOffsetDateTimes() {
        for (String when : new String[] {"2024-05-01T09:30:00Z", "2024-05-01T09:30:00.123Z", "2024-05-01T11:30:00+02:00"}) {
            assertThat(ArticleValidator.validate(new RawArticle(null, null, null, "T", "B", null, null, when, null, null))
                    .publishedAt()).isEqualTo(when);
        }
        assertThatThrownBy(() -> ArticleValidator.validate(
                new RawArticle(null, null, null, "T", "B", null, null, "2024-05-01T09:30:00", null, null)))
                .hasMessageContaining("publishedAt");
    }

    @Test
    void boundsMetadata() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= ArticleValidator.MAX_METADATA_ENTRIES; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> ArticleValidator.validate(
                new RawArticle(null, null, null, "T", "B", null, null, null, null, many)))
                .hasMessageContaining("metadata: has 65 entries");
        assertThatThrownBy(() -> ArticleValidator.validate(new RawArticle(null, null, null, "T", "B", null, null, null, null,
                Map.of("k", "v".repeat(ArticleValidator.MAX_METADATA_VALUE_CHARS + 1)))))
                .hasMessageContaining("metadata.k");
    }
}
