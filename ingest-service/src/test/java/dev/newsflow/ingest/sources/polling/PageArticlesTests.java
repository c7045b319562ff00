package dev.newsflow.ingest.sources.polling;

import dev.newsflow.contracts.format.RawArticleFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;

import dev.newsflow.contracts.ArticleIds;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.sources.feeds.ListingItem;
import org.junit.jupiter.api.Test;

class PageArticlesTests {

    private static final RawArticleFormat ARTICLES = new RawArticleFormat();

    private static final URI PAGE = URI.create("https://news.example/a/1");
    private static final ListingItem ITEM = new ListingItem("//news.example/a/1", PAGE, "g-1", "Feed title",
            Instant.parse("2024-05-01T09:30:00Z"), "Ann Reporter", "<p>The gist.</p>", "<p>Feed text of the story.</p>", "en-GB");

    @Test
    void thePageSaysWhatItCanAndTheItemFillsTheRest() {
        RawArticle article = ARTICLES.admit(PageArticles.fromPage(
                "<html lang=\"de\"><head><title>Page title</title></head><body><p>Page text.</p></body></html>",
                PAGE, ITEM, "World desk", "s-1"));

        assertThat(article.title()).isEqualTo("Page title");
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.publishedAt()).isEqualTo("2024-05-01T09:30:00Z");
        assertThat(article.author()).isEqualTo("Ann Reporter");
        assertThat(article.source()).isEqualTo("World desk");
        assertThat(article.contentType()).isEqualTo(RawArticle.TEXT_HTML);
        assertThat(article.metadata()).containsEntry("fetchedFrom", "page").containsEntry("sourceId", "s-1")
                .containsEntry("summary", "The gist.").doesNotContainKey("itemUrl");
        assertThat(article.id()).as("from the page URL, as for a posted article").isEqualTo(
                ArticleIds.idOf(new RawArticle(null, PAGE.toString(), null, "x", "y", null, null, null, null, null)));
    }

    @Test
    void aPageWithoutTitleOrLanguageTakesTheItemsAndARedirectIsRecorded() {
        URI moved = URI.create("https://news.example/2024/a/1");
        RawArticle article = PageArticles.fromPage("<html><body><p>Only text.</p></body></html>", moved, ITEM, "desk", "s-1");

        assertThat(article.title()).isEqualTo("Feed title");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo(moved.toString());
        assertThat(article.metadata()).containsEntry("itemUrl", PAGE.toString());
    }

    @Test
    void theItemsOwnContentWhenThePageCannotBeUsedSaysSo() {
        RawArticle article = ARTICLES.admit(PageArticles.fromItem(ITEM, "desk", "s-1", "the page answered HTTP 503"));

        assertThat(article.title()).isEqualTo("Feed title");
        assertThat(article.body()).contains("<p>Feed text of the story.</p>");
        assertThat(article.url()).isEqualTo(PAGE.toString());
        assertThat(article.metadata()).containsEntry("fetchedFrom", "item")
                .containsEntry("fetchError", "the page answered HTTP 503");
    }

    @Test
    void anItemWithoutTextOfItsOwnGivesNoArticle() {
        ListingItem bare = new ListingItem("//news.example/a/2", URI.create("https://news.example/a/2"), null, "T", null, null,
                null, null, null);

        assertThat(PageArticles.fromItem(bare, "desk", "s-1", "HTTP 404")).isNull();
    }
}
