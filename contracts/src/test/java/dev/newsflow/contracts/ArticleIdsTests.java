package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleIdsTests {

    @Test
    void givenIdIsKept() {
        assertThat(ArticleIds.idOf(article("abc-1", null, "T", "B"))).isEqualTo("abc-1");
    }

    @Test
    void urlVariantsOfOneArticleShareAnId() {
        String a = ArticleIds.idOf(article(null, "https://www.Example.com/news/story/?utm_source=x&b=2&a=1#top", "T", "B"));
        String b = ArticleIds.idOf(article(null, "http://example.com/news/story?a=1&b=2", "Other title", "Other body"));
        assertThat(a).isEqualTo(b).startsWith("u-");
    }

    @Test
    void differentUrlsGiveDifferentIds() {
        assertThat(ArticleIds.idOf(article(null, "https://example.com/a", "T", "B")))
                .isNotEqualTo(ArticleIds.idOf(article(null, "https://example.com/b", "T", "B")));
    }

    @Test
    void withoutUrlTheNormalizedContentDecides() {
        String a = ArticleIds.idOf(article(null, null, "Kim  meets Putin", "Body\r\ntext "));
        String b = ArticleIds.idOf(article(null, "not a url", "kim meets putin", "body text"));
        assertThat(a).isEqualTo(b).startsWith("c-");
        assertThat(ArticleIds.idOf(article(null, null, "Kim meets Putin", "Other body"))).isNotEqualTo(a);
    }

    @Test
    void derivedIdsAreValidIds() {
        assertThat(ArticleIds.isValid(ArticleIds.idOf(article(null, null, "T", "B")))).isTrue();
        assertThat(ArticleIds.isValid("bad id with spaces")).isFalse();
        assertThat(ArticleIds.isValid("x".repeat(129))).isFalse();
    }

    private static RawArticle article(String id, String url, String title, String body) {
        return new RawArticle(id, url, null, title, body, null, null, null, null, Map.of());
    }
}
