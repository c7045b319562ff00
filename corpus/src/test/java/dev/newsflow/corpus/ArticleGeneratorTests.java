package dev.newsflow.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.RawArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTests {

    @Test
    void sameSeedSameArticles() {
        assertThat(generate(5, 50)).isEqualTo(generate(5, 50)).isNotEqualTo(generate(6, 50));
    }

    @Test
    void articlesAreTwoToFiveKilobytesWithTheUsualMess() {
        List<RawArticle> articles = generate(1, 300);

        assertThat(articles).allSatisfy(a -> assertThat(a.body().length()).isBetween(2000, 6500));
        assertThat(articles).anySatisfy(a -> assertThat(a.body()).contains("Leave a Reply"));
        assertThat(articles).anySatisfy(a -> assertThat(a.body()).contains("Home | World"));
        assertThat(articles).anySatisfy(a -> assertThat(a.body()).contains("\u201c"));
        assertThat(articles).anySatisfy(a -> assertThat(a.body()).doesNotContain("\n"));
        assertThat(new ArticleGenerator(1).nextHtml().contentType()).isEqualTo(RawArticle.TEXT_HTML);
    }

    private static List<RawArticle> generate(long seed, int count) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(generator.next());
        }
        return articles;
    }
}
