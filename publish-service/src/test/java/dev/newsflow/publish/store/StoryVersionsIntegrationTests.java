package dev.newsflow.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.publish.EmbeddedDatabase;
import dev.newsflow.publish.TestArticles;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Six versions of one developing story from one source, enriched by the real enricher between the
 * source's other articles and stored in a real PostgreSQL: every later version is linked to the
 * first as its near-duplicate, because the per-source learner no longer strips the lead the
 * versions share.
 */
class StoryVersionsIntegrationTests {

    static final String SOURCE = "valley-gazette";
    static final String FURNITURE = "Follow the Valley Gazette on Telegram for updates.";
    static final String STORY = "Floods closed the main road into Riverton on Monday.\n\n"
            + "Rescue crews worked through the night to reach families in the lower town, where the river rose faster than "
            + "the forecasts had warned and several streets were under more than a metre of water by dawn.\n\n"
            + "The regional council said the clean-up would take weeks and asked residents to stay away from the riverbank "
            + "until engineers had checked the old stone bridge and the embankments along the valley floor.\n\n"
            + "Farmers upstream reported losing most of the winter crop, and the agriculture ministry promised an assessment "
            + "of the damage before the end of the month together with a first round of emergency payments.";

    private static ArticleStore store;

    @BeforeAll
    static void migrate() {
        DataSource database = EmbeddedDatabase.shared().getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        store = new ArticleStore(database, new TransactionTemplate(new DataSourceTransactionManager(database)),
                JsonMapper.builder().build(), 3);
    }

    @Test
    void everyVersionOfTheStoryIsLinkedToTheFirstAsADuplicate() {
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        String run = TestArticles.uniqueId("flood");
        for (int n = 1; n <= 3; n++) {
            store(enricher, run + "-earlier-" + n, other(100 + n)); // the source's furniture is known before the story breaks
        }
        String firstId = null;
        for (int version = 1; version <= 6; version++) {
            store(enricher, run + "-other-" + version, other(version));
            String story = version < 4 ? STORY : STORY.replace("payments.", "payments, officials said.");
            StoreResult result = store(enricher, run + "-update-" + version, story + "\n\n" + FURNITURE);
            assertThat(result.stored().body()).as("version %d", version).startsWith("Floods closed the main road");
            if (version == 1) {
                firstId = result.stored().id();
                assertThat(result.stored().duplicateOf()).isNull();
            } else {
                assertThat(result.stored().duplicateOf()).as("version %d", version).isEqualTo(firstId);
            }
        }
    }

    private static String other(int n) {
        return "Story " + n + " of the day: the school board of district " + n
                + " met on Tuesday evening to discuss a new timetable for its " + (100 + n) + " pupils.\n\n"
                + "Parents from school " + n + " asked about bus times and the cost of a sports hall, which the board "
                + "said it would answer in writing before the summer holidays.\n\n" + FURNITURE;
    }

    private static StoreResult store(Enricher enricher, String id, String body) {
        RawArticle raw = new RawArticle(id, null, SOURCE, "Floods close Riverton road", body, RawArticle.TEXT_PLAIN, null, null,
                null, null);
        EnrichedArticle enriched = enricher.enrich(raw, new ArticleContext(id, 1, Instant.now()));
        List<StoreResult> results = store.upsertAll(List.of(enriched));
        return results.get(0);
    }
}
