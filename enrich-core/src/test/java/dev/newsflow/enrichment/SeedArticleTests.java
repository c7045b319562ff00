package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seed article from samples/, as plain text and as the one long line scrapers deliver. */
class SeedArticleTests {

    static final Path SEED = Path.of("..", "samples", "kim-putin-vostochny-summit.txt");
    static final String TITLE = "Kim Jong Un Pledges Full Support To Russia During Summit With Putin";

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());

    @Test
    void seedIsCleanedAndExplained() throws IOException {
        EnrichedArticle article = enrich(seed(false));

        assertThat(article.title()).isEqualTo(TITLE);
        assertCleaned(article);
        assertThat(article.removed()).contains(
                new Removal("Kim Jong Un Pledges Full Support to Russia During Summit with Putin.", RemovalReason.REPEATED_TITLE),
                new Removal("Leave a Reply", RemovalReason.BOILERPLATE_PATTERN),
                new Removal("Your email address will not be published.", RemovalReason.BOILERPLATE_PATTERN),
                new Removal("Required fields are marked *", RemovalReason.BOILERPLATE_PATTERN),
                new Removal("Copyright © 2023 ANN All Rights Reserved", RemovalReason.BOILERPLATE_PATTERN));
        assertThat(article.removed()).hasSize(5);
        assertThat(article.body()).startsWith("North Korean leader Kim Jong Un announces unwavering support");
        assertThat(article.body()).endsWith("we will stand together in the fight against imperialism.");
        assertThat(article.body()).contains("\n\n");
    }

    @Test
    void seedScrapedAsOneLineIsCleanedToo() throws IOException {
        EnrichedArticle article = enrich(seed(true));

        assertCleaned(article);
        assertThat(article.removed()).extracting(Removal::reason).contains(RemovalReason.REPEATED_TITLE);
        assertThat(article.sentenceCount()).isEqualTo(enrich(seed(false)).sentenceCount());
    }

    private static void assertCleaned(EnrichedArticle article) {
        assertThat(article.body())
                .doesNotContain("Leave a Reply")
                .doesNotContain("Your email address will not be published")
                .doesNotContain("Required fields are marked")
                .doesNotContain("Copyright © 2023 ANN All Rights Reserved")
                .doesNotStartWithIgnoringCase(TITLE);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.languageConfidence()).isGreaterThan(0.6);
        assertThat(article.wordCount()).isBetween(400, 480);
        assertThat(article.sentenceCount()).isBetween(28, 36);
        assertThat(article.readingTimeMinutes()).isEqualTo(2);
        assertThat(article.simhash()).matches("[0-9a-f]{16}");
        assertThat(article.contentHash()).matches("[0-9a-f]{64}");
    }

    private EnrichedArticle enrich(RawArticle raw) {
        return enricher.enrich(raw, new ArticleContext("seed", 7, Instant.parse("2024-01-01T00:00:00Z")));
    }

    static RawArticle seed(boolean oneLine) throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String body = text.substring(newline + 1);
        if (oneLine) {
            body = body.replaceAll("\\s*\\n\\s*", " ");
        }
        return new RawArticle(null, null, null, text.substring(0, newline).strip(), body, RawArticle.TEXT_PLAIN, null,
                null, null, null);
    }
}
