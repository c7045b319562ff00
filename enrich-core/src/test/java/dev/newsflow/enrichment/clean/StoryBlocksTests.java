package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBlocksTests {

    static final String MENU = "Home\nNews\nWorld\nUK\nBusiness\nMarkets\nSport\nCricket\nWeather\nSign in\n";
    static final String LEAD = "The city council approved a new budget on Tuesday after a debate that lasted well into the night, "
            + "with members split over how much to spend on schools.";
    static final String SECOND = "Members agreed in the end to raise spending on schools by a fifth and to cut the money set aside "
            + "for new roads, which the mayor had asked for.";
    static final String THIRD = "The mayor said the plan would help families across the city and that she would sign it this week.";
    static final String RELATED = "More from News\nStocks slide as oil jumps\nFive things to know today\nMarkets wrap: a calm week\n"
            + "Opinion: the budget we need\nTrending now\n";
    static final String FOOTER = "About us\nContact\nAdvertise with us\nTerms of use\nPrivacy\n";

    private final Cleaner cleaner = new Cleaner(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT);

    private CleanedText clean(String body) {
        return cleaner.clean(new RawArticle(null, null, null, "Council passes budget", body, RawArticle.TEXT_PLAIN, null, null,
                null, null), "a1");
    }

    @Test
    void aDatelineThatLooksLikeAMenuStaysPartOfItsSentence() {
        String dateline = "Saint Petersburg (Vereinigte Staaten), 14.03.2006 – Heute wurde die chinesische Ausgabe der "
                + "Wikinews gestartet, und es gibt die freie Nachrichtenplattform nun in zwanzig Sprachen.";
        CleanedText text = clean(dateline + "\n" + SECOND + "\n" + THIRD);

        assertThat(text.sentences()).first().isEqualTo(dateline);
        assertThat(text.body()).startsWith(dateline);
    }

    @Test
    void menusHeadlinesAndFooterAroundTheStoryGoTheStoryStays() {
        CleanedText text = clean(MENU + "Council passes budget\n12 May 2024\n" + LEAD + "\n" + SECOND + "\n" + THIRD + "\n" + RELATED
                + FOOTER);

        assertThat(text.body()).isEqualTo(LEAD + "\n" + SECOND + "\n" + THIRD);
        assertThat(text.removed()).extracting(Removal::reason).doesNotContain(RemovalReason.SOURCE_RECURRING);
        assertThat(String.join(" ", text.removed().stream().map(Removal::text).toList()))
                .contains("Stocks slide as oil jumps", "Privacy", "Cricket");
    }

    @Test
    void subheadingsAndListItemsBetweenStoryParagraphsStay() {
        String body = MENU + LEAD + "\nWhat the budget holds\n" + SECOND + "\nThe main items are:\nMore teachers for every school\n"
                + "Free buses for pupils\n" + THIRD + "\n" + RELATED + FOOTER;

        CleanedText text = clean(body);

        assertThat(text.body()).contains("What the budget holds", "More teachers for every school", "Free buses for pupils",
                LEAD, SECOND, THIRD).doesNotContain("Cricket", "Trending now");
    }

    @Test
    void aLoneAdvertisementLineDoesNotCutTheStory() {
        CleanedText text = clean(MENU + LEAD + "\nAdvertisement\n" + SECOND + "\n" + THIRD + "\n" + RELATED + FOOTER);

        assertThat(text.body()).isEqualTo(LEAD + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void aBareArticleKeepsItsShortLines() {
        String body = LEAD + "\n" + SECOND + "\nHe declined to comment.\nIt passed.";

        assertThat(clean(body).body()).isEqualTo(body);
    }

    @Test
    void prosefarFromTheStoryBeyondALongRunOfFurnitureGoes() {
        String comment = "I have lived in this city for thirty years and I have never seen the council spend so much on so "
                + "little, and nobody asked us about any of it.";
        String fourth = "Opposition members said they would try again next year to move money back to road repairs, "
                + "which they called the most urgent need of the city.";
        CleanedText text = clean(MENU + LEAD + "\n" + SECOND + "\n" + THIRD + "\n" + fourth + "\n" + RELATED + FOOTER
                + "Comments\n" + comment + "\n" + FOOTER);

        assertThat(text.body()).contains(LEAD, THIRD).doesNotContain(comment);
    }

    @Test
    void aMenuRunGluedToTheLeadIsSplitOff() {
        Piece glued = new Piece("Home World Politics Business Sport Tech Science Health Opinion " + LEAD, 0, 0, true);

        int start = StoryBlocks.proseStart(glued);

        assertThat(glued.text.substring(Words.endOfWord(glued.text, start)).strip()).startsWith("The city council approved");
        assertThat(StoryBlocks.proseStart(new Piece(LEAD + " " + SECOND, 0, 0, true))).isZero();
    }

    @Test
    void oneLineScrapeLosesItsMenusAndKeepsItsLead() {
        String oneLine = (MENU + "Council passes budget\n" + LEAD + "\n" + SECOND + "\n" + THIRD + "\n" + RELATED + FOOTER)
                .replace('\n', ' ');

        CleanedText text = clean(oneLine);

        assertThat(text.body()).contains("council approved a new budget", SECOND, THIRD).doesNotContain("Cricket");
    }

    @Test
    void removalsOfARunAreReportedTogether() {
        List<Removal> removed = clean(MENU + LEAD + "\n" + SECOND + "\n" + THIRD + "\n" + RELATED + FOOTER).removed();

        assertThat(removed).hasSizeLessThan(8);
    }

    private static final class Words {
        static int endOfWord(String text, int n) {
            return dev.newsflow.enrichment.text.Words.endOfWord(text, n);
        }
    }
}
