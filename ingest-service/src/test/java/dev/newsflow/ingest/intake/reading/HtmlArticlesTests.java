package dev.newsflow.ingest.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.RawArticle;
import org.junit.jupiter.api.Test;

class HtmlArticlesTests {

    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head>
            <title>Storm hits coast | Daily News</title>
            <meta property="og:title" content="Storm hits coast">
            <link rel="canonical" href="https://news.example.com/storm">
            </head><body><h1>Storm hits the coast</h1><p>Winds of 100 km/h.</p></body></html>
            """;

    @Test
    void prefersOgTitleAndKeepsTheWholePageAsBody() {
        RawArticle article = HtmlArticles.article(PAGE, ArticleAttributes.NONE);

        assertThat(article.title()).isEqualTo("Storm hits coast");
        assertThat(article.body()).isEqualTo(PAGE);
        assertThat(article.contentType()).isEqualTo(RawArticle.TEXT_HTML);
        assertThat(article.url()).isEqualTo("https://news.example.com/storm");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToTitleElementThenHeading() {
        assertThat(HtmlArticles.article("<html><head><title> Only title </title></head><body><p>x</p></body></html>",
                ArticleAttributes.NONE).title()).isEqualTo("Only title");
        assertThat(HtmlArticles.article("<body><h1>Heading</h1><p>x</p></body>", ArticleAttributes.NONE).title())
                .isEqualTo("Heading");
    }

    @Test
    void requestAttributesWinOverThePage() {
        RawArticle article = HtmlArticles.article(PAGE,
                new ArticleAttributes(null, "https://other.example.com/1", "wire", "de", null, null, "Given title"));

        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.url()).isEqualTo("https://other.example.com/1");
        assertThat(article.language()).isEqualTo("de");
    }

    @Test
    void ignoresUnusableValuesFromThePage() {
        RawArticle article = HtmlArticles.article("<html lang=\"english\"><head><title>T</title>"
                + "<link rel=\"canonical\" href=\"/relative\"></head><body>text</body></html>", ArticleAttributes.NONE);

        assertThat(article.url()).isNull();
        assertThat(article.language()).isNull();
    }

    @Test
    void refusesPagesWithoutTitleOrText() {
        assertThatThrownBy(() -> HtmlArticles.article("<p>text but no title</p>", ArticleAttributes.NONE))
                .hasMessageContaining("no <title>, og:title or <h1>");
        assertThatThrownBy(() -> HtmlArticles.article("<html><head><title>T</title></head><body> </body></html>",
                ArticleAttributes.NONE)).hasMessageContaining("no visible text");
    }
}
