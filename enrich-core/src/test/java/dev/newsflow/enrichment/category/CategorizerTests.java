package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;
import dev.newsflow.enrichment.TextAnalysis;
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
    void aLanguageTheModelCannotReadIsUncategorized() {
        String czech = "Fotbalisté West Hamu porazili Chelsea dvěma góly a posunuli se v tabulce Premier League na třetí místo.";
        TextAnalysis text = new TextAnalysis("West Ham porazil Chelsea", czech, List.of(czech), "cs");

        assertThat(categorizer.categorize(text)).isEqualTo(new CategoryScore(Category.UNCATEGORIZED, 0.0));
    }

    @Test
    void germanAndFrenchSportReadsAsSport() {
        String german = "Die Mannschaft gewann das Spiel in der Bundesliga mit drei Toren. Der Trainer lobte seine Spieler nach dem Sieg.";
        String french = "L'équipe a remporté le match de championnat grâce à deux buts. L'entraîneur a salué ses joueurs après la victoire.";

        assertThat(categorizer.categorize(new TextAnalysis("Sieg in der Bundesliga", german, sentences(german), "de")).category())
                .isEqualTo(Category.SPORT);
        assertThat(categorizer.categorize(new TextAnalysis("Victoire en championnat", french, sentences(french), "fr")).category())
                .isEqualTo(Category.SPORT);
    }

    @Test
    void menusFullOfMarketWordsDoNotOutvoteTheStory() {
        String story = "The striker scored twice as the team won the match 3-1 to reach the cup final. "
                + "The coach praised his players after the victory, and the club's fans celebrated in the stadium.";
        List<String> sentences = new ArrayList<>(sentences(story));
        for (int i = 0; i < 12; i++) {
            sentences.add("Markets Stocks Budget Economy Business Money Investing Banking");
        }
        TextAnalysis text = new TextAnalysis("Striker sends his team into the cup final", story, sentences, "en");

        assertThat(categorizer.categorize(text).category()).isEqualTo(Category.SPORT);
    }

    @Test
    void flatterScoresOfALongArticleGetTheSameConfidenceAsAHeadlinesScores() {
        CategoryModel model = CategoryModel.shipped();
        double[] headline = new double[model.classCount()];
        double[] article = new double[model.classCount()];
        for (int c = 0; c < headline.length; c++) {
            headline[c] = c == 3 ? 2.0 : (c % 4) * 0.3;
            article[c] = headline[c] * 0.1 + 0.5;
        }

        double[] p = Categorizer.softmax(model, headline);
        double[] q = Categorizer.softmax(model, article);

        assertThat(model.spread()).isPositive();
        assertThat(q).containsExactly(p, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static List<String> sentences(String body) {
        return List.of(body.split("(?<=\\.) "));
    }
}
