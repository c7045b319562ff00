package dev.newsflow.ingest.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.RawArticle;
import org.junit.jupiter.api.Test;

class PlainTextArticlesTests {

    @Test
    void firstNonEmptyLineIsTheTitleAndTheRestTheBody() {
        RawArticle article = PlainTextArticles.article("\r\n  \r\nCouncil approves budget\r\n\r\nThe council voted.\r\nIt passed.\r\n",
                ArticleAttributes.NONE);

        assertThat(article.title()).isEqualTo("Council approves budget");
        assertThat(article.body()).isEqualTo("The council voted.\nIt passed.");
        assertThat(article.contentType()).isEqualTo(RawArticle.TEXT_PLAIN);
    }

    @Test
    void takesAttributesFromTheRequest() {
        RawArticle article = PlainTextArticles.article("T\nB", new ArticleAttributes("id-1", "https://example.com/1",
                "wire", "en", "2024-01-01T00:00:00Z", "Ann", null));

        assertThat(article).isEqualTo(new RawArticle("id-1", "https://example.com/1", "wire", "T", "B", "text/plain", "en",
                "2024-01-01T00:00:00Z", "Ann", null));
    }

    @Test
    void aTitleFromTheRequestLeavesTheWholeTextAsBody() {
        RawArticle article = PlainTextArticles.article("First line\nSecond line\n",
                new ArticleAttributes(null, null, null, null, null, null, "Given"));

        assertThat(article.title()).isEqualTo("Given");
        assertThat(article.body()).isEqualTo("First line\nSecond line");
    }

    @Test
    void refusesAnEmptyTextOrATitleWithoutBody() {
        assertThatThrownBy(() -> PlainTextArticles.article(" \n\n ", ArticleAttributes.NONE)).hasMessageContaining("empty");
        assertThatThrownBy(() -> PlainTextArticles.article("\nJust a title\n  \n", ArticleAttributes.NONE))
                .hasMessageContaining("Only a title line");
    }
}
