package dev.newsflow.publish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.publish.EmbeddedDatabase;
import dev.newsflow.publish.TestArticles;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The batch upsert against a real PostgreSQL with the service's migrations. */
class ArticleStoreIntegrationTests {

    private static JdbcClient jdbc;
    private static ArticleStore store;

    @BeforeAll
    static void migrate() {
        DataSource database = EmbeddedDatabase.shared().getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(database);
        store = new ArticleStore(database, new TransactionTemplate(new DataSourceTransactionManager(database)),
                JsonMapper.builder().build(), 3);
    }

    @Test
    void aBatchIsWrittenInOrderAndEachArticleSeesTheOnesBeforeIt() {
        long simhash = TestArticles.randomSimhash();
        String hash = TestArticles.randomContentHash();
        Instant now = Instant.now();
        EnrichedArticle first = TestArticles.article(TestArticles.uniqueId("first"), 1, "a", hash, simhash, now);
        EnrichedArticle sameContent = TestArticles.article(TestArticles.uniqueId("same"), 1, "b", hash,
                TestArticles.randomSimhash(), now);
        EnrichedArticle firstAgain = TestArticles.article(first.id(), 2, "a", hash, simhash, now);
        EnrichedArticle other = TestArticles.article(TestArticles.uniqueId("other"), 5);
        EnrichedArticle otherOlder = TestArticles.article(other.id(), 3);

        List<StoreResult> results = store.upsertAll(List.of(first, sameContent, firstAgain, other, otherOlder, other));

        assertThat(results).extracting(StoreResult::outcome).containsExactly(StoreOutcome.INSERTED,
                StoreOutcome.INSERTED, StoreOutcome.UPDATED, StoreOutcome.INSERTED, StoreOutcome.STALE,
                StoreOutcome.UNCHANGED);
        assertThat(results.get(1).stored().duplicateOf()).isEqualTo(first.id());
        assertThat(results.get(2).stored().version()).isEqualTo(2);
        assertThat(results.get(4).stored().version()).isEqualTo(5);
        assertThat(version(first.id())).isEqualTo(2);
        assertThat(version(other.id())).isEqualTo(5);
    }

    @Test
    void aBatchWithOneRefusedArticleStoresNoneOfIt() {
        EnrichedArticle fine = TestArticles.article(TestArticles.uniqueId("fine"), 1);
        EnrichedArticle refused = TestArticles.article(TestArticles.uniqueId("refused"), 1);
        EnrichedArticle nul = new EnrichedArticle(refused.eventId(), refused.occurredAt(), refused.id(),
                refused.version(), refused.url(), refused.source(), "NUL \u0000 inside", refused.body(),
                refused.language(), refused.languageConfidence(), refused.publishedAt(), refused.author(),
                refused.metadata(), refused.wordCount(), refused.sentenceCount(), refused.readingTimeMinutes(),
                refused.summary(), refused.keywords(), refused.entities(), refused.quotes(), refused.category(),
                refused.categoryScore(), refused.contentHash(), refused.simhash(), refused.duplicateOf(),
                refused.removed(), refused.enricherVersion(), refused.ingestedAt(), refused.enrichedAt());

        assertThatThrownBy(() -> store.upsertAll(List.of(fine, nul))).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM articles WHERE id IN (:a, :b)")
                .param("a", fine.id()).param("b", nul.id()).query(Long.class).single()).isZero();
    }

    @Test
    void entityKeysAndCountsFollowTheLastVersionEachTransactionStored() {
        String prefix = TestArticles.uniqueId("Entity");
        Entity alpha = new Entity(prefix + " Alpha", EntityType.PERSON, 1);
        Entity beta = new Entity(prefix + " Beta", EntityType.LOCATION, 2);
        Entity gamma = new Entity(prefix + " Gamma", EntityType.ORGANIZATION, 1);
        String one = TestArticles.uniqueId("one");
        String two = TestArticles.uniqueId("two");

        // one transaction: two versions of one article (only the second counts) and another article
        store.upsertAll(List.of(withEntities(one, 1, alpha, beta), withEntities(one, 2, beta, gamma),
                withEntities(two, 1, alpha, new Entity(beta.text(), EntityType.LOCATION, 5))));
        assertThat(counts(prefix)).containsExactly(alpha.text() + "=1", beta.text() + "=2", gamma.text() + "=1");
        assertThat(keys(one)).containsExactly("LOCATION:" + beta.text(), "ORGANIZATION:" + gamma.text());
        assertThat(keys(two)).containsExactly("LOCATION:" + beta.text(), "PERSON:" + alpha.text());

        // a later version drops gamma, mentions beta more often and names delta
        Entity delta = new Entity(prefix + " Delta: the Second", EntityType.PERSON, 1);
        store.upsertAll(List.of(withEntities(one, 3, new Entity(beta.text(), EntityType.LOCATION, 4), delta)));
        assertThat(counts(prefix)).containsExactly(alpha.text() + "=1", beta.text() + "=2", delta.text() + "=1",
                gamma.text() + "=0");
        assertThat(keys(one)).containsExactly("LOCATION:" + beta.text(), "PERSON:" + delta.text());

        // a stale redelivery changes nothing
        store.upsertAll(List.of(withEntities(one, 2, beta, gamma)));
        assertThat(counts(prefix)).containsExactly(alpha.text() + "=1", beta.text() + "=2", delta.text() + "=1",
                gamma.text() + "=0");

        jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", two).update();
        assertThat(counts(prefix)).containsExactly(alpha.text() + "=0", beta.text() + "=1", delta.text() + "=1",
                gamma.text() + "=0");
        assertThat(keys(two)).isEmpty();
    }

    private static EnrichedArticle withEntities(String id, long version, Entity... entities) {
        return TestArticles.searchable(id, version, "entities", "Entities " + version, "Some text.", "en",
                Category.POLITICS, List.of(entities), null);
    }

    private static List<String> counts(String prefix) {
        return jdbc.sql("SELECT name || '=' || articles FROM entity_stats WHERE name LIKE :prefix || '%' ORDER BY name")
                .param("prefix", prefix).query(String.class).list();
    }

    private static List<String> keys(String id) {
        return jdbc.sql("SELECT key FROM article_entity_keys, unnest(keys) key WHERE article_id = :id ORDER BY key")
                .param("id", id).query(String.class).list();
    }

    private static long version(String id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", id).query(Long.class).single();
    }
}
