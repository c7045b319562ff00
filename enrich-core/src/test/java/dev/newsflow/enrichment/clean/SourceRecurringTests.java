package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import org.junit.jupiter.api.Test;

class SourceRecurringTests {

    static final String FURNITURE = "Follow the Gazette on Telegram for updates.";

    private final Cleaner cleaner = new Cleaner(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT);

    private CleanedText article(String id, String source, String url, String story) {
        String body = story + " Officials gave more details of case " + id + " later in the day.\n\n" + FURNITURE;
        return cleaner.clean(new RawArticle(id, url, source, "T", body, null, null, null, null, null), id);
    }

    @Test
    void recurringSentenceGoesOnceSeenInEnoughDistinctArticles() {
        assertThat(article("a1", "gazette", null, "Story one happened.").body()).contains(FURNITURE);
        assertThat(article("a2", "gazette", null, "Story two happened.").body()).contains(FURNITURE);

        CleanedText third = article("a3", "gazette", null, "Story three happened.");

        assertThat(third.body()).doesNotContain(FURNITURE).contains("Story three happened.");
        assertThat(third.removed()).contains(new Removal(FURNITURE, RemovalReason.SOURCE_RECURRING));
    }

    @Test
    void reEnrichingTheSameArticleDoesNotCount() {
        for (int i = 0; i < 5; i++) {
            assertThat(article("same", "gazette", null, "Story one happened.").body()).contains(FURNITURE);
        }
        assertThat(article("other", "gazette", null, "Story two happened.").body()).contains(FURNITURE);
    }

    @Test
    void sourcesAreLearnedApartAndUrlDomainStandsInForSource() {
        article("b1", null, "https://www.gazette.example/1", "Story one happened.");
        article("b2", null, "https://gazette.example/2", "Story two happened.");
        assertThat(article("c1", "other-source", null, "Story three happened.").body()).contains(FURNITURE);

        assertThat(article("b3", null, "http://gazette.example/3?x=1", "Story four happened.").body()).doesNotContain(FURNITURE);
    }

    @Test
    void republishedStoryKeepsItsSentences() {
        String story = "The mayor opened the bridge.\n\nTraffic returned at noon.\n\nShops reopened.";
        for (String id : new String[] {"d1", "d2", "d3", "d4"}) {
            CleanedText text = cleaner.clean(new RawArticle(id, null, "wire", "T", story, null, null, null, null, null), id);
            assertThat(text.removed()).isEmpty();
        }
    }

    @Test
    void longerSentencesNeedTwiceTheEvidence() {
        String longer = "The Valley Gazette has served readers across the region with independent reporting since 1921.";
        for (int i = 1; i <= 6; i++) {
            String body = "Story number " + i + " is told here.\n\nIt goes on in part " + i + " of the report.\n\n" + longer;
            CleanedText text = cleaner.clean(new RawArticle("l" + i, null, "valley", "T", body, null, null, null, null, null), "l" + i);
            assertThat(text.body().contains(longer)).as("article %d keeps the sentence", i).isEqualTo(i < 6);
        }
    }
}
