package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTests {

    private final Cleaner cleaner = new Cleaner(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT);

    private CleanedText clean(String title, String body) {
        return cleaner.clean(new RawArticle(null, null, null, title, body, null, null, null, null, null), "id");
    }

    @Test
    void keepsParagraphsAndLines() {
        CleanedText text = clean("T", "First paragraph here. It has two sentences.\n\nSecond paragraph line one.\nLine two.");

        assertThat(text.body()).isEqualTo("First paragraph here. It has two sentences.\n\nSecond paragraph line one.\nLine two.");
        assertThat(text.sentences()).hasSize(4);
        assertThat(text.removed()).isEmpty();
    }

    @Test
    void joinsHardWrappedLines() {
        CleanedText text = clean("T", "The minister said the plan would\nbe presented next week.");

        assertThat(text.sentences()).containsExactly("The minister said the plan would be presented next week.");
    }

    @Test
    void navigationRunsGoWithOrWithoutSeparators() {
        CleanedText text = clean("T", "Home | World | Sport\nNews World Business Sport Tech The storm hit the coast on Monday.");

        assertThat(text.body()).isEqualTo("The storm hit the coast on Monday.");
        assertThat(text.removed()).extracting(Removal::reason).containsOnly(RemovalReason.NAVIGATION);
    }

    @Test
    void storySentencesWithSectionWordsStay() {
        CleanedText text = clean("T", "World Health Organization officials said the virus had spread.\n"
                + "Business leaders met in Davos.");

        assertThat(text.removed()).isEmpty();
    }

    @Test
    void relatedBlocksAndReadMoreLinesGo() {
        CleanedText text = clean("T", "The vote was close.\n\nYou might be interested in\nPrices rise again\n"
                + "Storm closes port\n\nThe count ended at midnight, officials said after a long day.\n"
                + "Read more: Inside the count");

        assertThat(text.body()).isEqualTo("The vote was close.\n\nThe count ended at midnight, officials said after a long day.");
        assertThat(text.removed()).extracting(Removal::reason).containsOnly(RemovalReason.RELATED_CONTENT);
        assertThat(text.removed()).hasSize(2);
    }

    @Test
    void titleOpeningALongerSentenceIsCutOffIt() {
        CleanedText text = clean("Floods Hit The North", "Floods Hit The North Heavy rain flooded three towns on Sunday.");

        assertThat(text.body()).isEqualTo("Heavy rain flooded three towns on Sunday.");
        assertThat(text.removed()).containsExactly(new Removal("Floods Hit The North", RemovalReason.REPEATED_TITLE));
    }

    @Test
    void nearRepeatsGoButShortRepeatsStay() {
        CleanedText text = clean("T", "The company reported a loss of 3 million euros in the second quarter. \u201cNo.\u201d "
                + "Yes. \u201cNo.\u201d Yes. The company reported a loss of 3 million euros in the second quarter of 2024.");

        assertThat(text.removed()).containsExactly(new Removal(
                "The company reported a loss of 3 million euros in the second quarter of 2024.", RemovalReason.REPEATED_SENTENCE));
        assertThat(text.sentences()).hasSize(5);
    }

    @Test
    void quotedCookieSentenceInAStoryStays() {
        CleanedText text = clean("T", "\u201cWe use cookies to track users across sites,\u201d the regulator said.");

        assertThat(text.removed()).isEmpty();
    }

    @Test
    void storySentencesAboutSharesAndCommentsStay() {
        List<String> story = List.of("Share prices fell sharply on Monday.", "Putin's comments angered Kyiv.",
                "Meta changed its privacy policy.", "Many share this view.", "Copyright lawsuits rose by 20% last year.",
                "Few volunteers sign up for the army.");

        CleanedText text = clean("T", String.join("\n", story));

        assertThat(text.removed()).isEmpty();
        assertThat(text.sentences()).containsExactlyElementsOf(story);
    }

    @Test
    void furnitureGluedToTheStartOfASentenceIsSplitOff() {
        CleanedText text = clean("T", "Advertisement Kim said talks went well. Leave a Reply Your email address will not be published.");

        assertThat(text.body()).isEqualTo("Kim said talks went well.");
        assertThat(text.removed()).extracting(Removal::text)
                .containsExactly("Advertisement", "Leave a Reply", "Your email address will not be published.");
    }

    @Test
    void overlongBodyIsCutAndTheCutReported() {
        String sentence = "This is one sentence of a very long article body. ";
        CleanedText text = clean("T", sentence.repeat(5000));

        assertThat(text.body().length()).isLessThanOrEqualTo(CleaningOptions.DEFAULT.maxBodyChars());
        assertThat(text.removed().get(0).text()).contains("-character limit were cut");
        assertThat(text.removed()).hasSizeLessThanOrEqualTo(Removals.MAX_ITEMS + 2);
    }
}
