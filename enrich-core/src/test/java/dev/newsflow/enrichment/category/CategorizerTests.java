package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;
import dev.newsflow.enrichment.entities.FixtureAnnotations;
import dev.newsflow.enrichment.lexicon.TestArticles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategorizerTests {

    private final Categorizer categorizer = new Categorizer();

    @Test
    void seedIsPoliticsOrWar() {
        CategoryScore score = categorizer.categorize(TestArticles.seed());

        assertThat(score.category()).isIn(Category.POLITICS, Category.CONFLICT_WAR_PEACE);
        assertThat(score.score()).isBetween(0.2, 1.0);
    }

    @Test
    void everyFixtureGetsAnAcceptableCategory() {
        List<FixtureAnnotations> fixtures = new ArrayList<>(FixtureAnnotations.all());
        fixtures.addAll(FixtureAnnotations.heldOut());

        for (FixtureAnnotations fixture : fixtures) {
            CategoryScore score = categorizer.categorize(fixture.article());
            assertThat(score.category()).as(fixture.name()).isIn(fixture.categories());
            assertThat(score.score()).as(fixture.name()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void textWithoutTopicWordsIsUncategorized() {
        CategoryScore score = categorizer.categorize(TestArticles.of("Hello", "Lorem ipsum dolor sit amet. Qwerty uiop."));

        assertThat(score).isEqualTo(new CategoryScore(Category.UNCATEGORIZED, 0.0));
    }

    @Test
    void acronymCuesMatchOnlyInCapitals() {
        String body = "WHO officials said the vaccine reduced infections. The WHO expects the outbreak to end.";
        assertThat(categorizer.categorize(TestArticles.of("", body)).category()).isEqualTo(Category.HEALTH);

        String pronouns = "Those who came and who stayed were who they were, who knows who else.";
        assertThat(categorizer.categorize(TestArticles.of("", pronouns)).category()).isEqualTo(Category.UNCATEGORIZED);
    }
}
