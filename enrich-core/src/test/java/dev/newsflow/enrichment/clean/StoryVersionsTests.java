package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.fingerprint.SimHash;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A source that publishes one developing story six times (updates) between its other articles:
 * the versions share their lead, which is no evidence that the lead is furniture. Every version
 * keeps its lead and stays a near-duplicate (simhash within 3 bits) of the first one, which is
 * what links them in the read store; the source's real furniture is still learned. (Before
 * versions were told apart, the short lead went as SOURCE_RECURRING from the third version on.)
 */
class StoryVersionsTests {

    static final String SOURCE = "valley-gazette";
    static final String FURNITURE = "Follow the Valley Gazette on Telegram for updates.";
    static final String LEAD = "Floods closed the main road into Riverton on Monday.";
    static final String SECOND = "Rescue crews worked through the night to reach families in the lower town, where the river rose "
            + "faster than the forecasts had warned and several streets were under more than a metre of water by dawn.";
    static final String THIRD = "The regional council said the clean-up would take weeks and asked residents to stay away from "
            + "the riverbank until engineers had checked the old stone bridge and the embankments along the valley floor.";
    static final String FOURTH = "Farmers upstream reported losing most of the winter crop, and the agriculture ministry promised "
            + "an assessment of the damage before the end of the month together with a first round of emergency payments.";

    private final Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());

    private EnrichedArticle send(String id, String body) {
        RawArticle raw = new RawArticle(id, null, SOURCE, "Floods close Riverton road", body, RawArticle.TEXT_PLAIN, null, null,
                null, null);
        return enricher.enrich(raw, new ArticleContext(id, 1, Instant.EPOCH));
    }

    /** Later versions add a detail, as updates do. */
    private static String version(int n) {
        String fourth = n < 4 ? FOURTH : FOURTH.replace("payments.", "payments, officials said.");
        return LEAD + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + fourth + "\n\n" + FURNITURE;
    }

    private static String otherStory(int n) {
        return "Story " + n + " of the day: the school board met on Tuesday evening to discuss the new timetable for pupil number "
                + n + ".\n\nParents raised questions about bus times, lunch breaks and the cost of the new sports hall, which the board "
                + "said would be answered in writing before the summer holidays began in July.\n\n" + FURNITURE;
    }

    @Test
    void sixVersionsOfOneStoryKeepTheirLeadAndStayNearDuplicatesOfTheFirst() {
        for (int n = 1; n <= 3; n++) {
            send("earlier-" + n, otherStory(100 + n)); // the source's furniture is known before the story breaks
        }
        EnrichedArticle first = null;
        for (int n = 1; n <= 6; n++) {
            send("other-" + n, otherStory(n));
            EnrichedArticle version = send("update-" + n, version(n));
            if (first == null) {
                first = version;
            }
            assertThat(version.body()).as("version %d", n).contains(LEAD, SECOND, THIRD, FOURTH.substring(0, 60));
            assertThat(version.removed()).as("version %d", n)
                    .noneMatch(r -> r.reason() == RemovalReason.SOURCE_RECURRING && !r.text().equals(FURNITURE));
            assertThat(SimHash.hammingDistance(first.simhash(), version.simhash())).as("version %d", n).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void theSourcesRealFurnitureIsStillLearnedBetweenTheVersions() {
        EnrichedArticle last = null;
        for (int n = 1; n <= 6; n++) {
            send("other-" + n, otherStory(n));
            last = send("update-" + n, version(n));
        }
        assertThat(last.body()).doesNotContain(FURNITURE);
        assertThat(send("other-7", otherStory(7)).body()).doesNotContain(FURNITURE).contains("Story 7 of the day");
    }
}
