package dev.newsflow.publish.store;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.PublishProperties;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enriched articles to the read store. Redeliveries are harmless: the upsert is keyed by
 * id and guarded by (version, enrichedAt), so an older version never overwrites a newer one. A
 * whole poll is written in one transaction: one commit (and one WAL flush) instead of one each.
 */
@Repository
public class ArticleStore {

    /** Takes the locks one by one in ascending order, as the sorted subquery hands them over. */
    private static final String LOCK_SQL = """
            SELECT count(pg_advisory_xact_lock(k))
            FROM (SELECT DISTINCT k FROM unnest(CAST(:keys AS bigint[])) AS keys (k) ORDER BY k) AS ordered
            """;

    private static final String UPSERT_SQL = """
            WITH candidate AS (
                -- each arm reads one index alone (they carry simhash and seq); the article itself is
                -- never a candidate of its first insert, and a later version keeps its stored link
                SELECT min(seq) AS seq
                FROM (SELECT seq FROM articles WHERE content_hash = :contentHash
                      UNION ALL
                      -- the planner pushes the distance check into each band's index scan
                      SELECT seq
                      FROM (SELECT seq, simhash FROM articles WHERE simhash_band0 = :band0
                            UNION ALL SELECT seq, simhash FROM articles WHERE simhash_band1 = :band1
                            UNION ALL SELECT seq, simhash FROM articles WHERE simhash_band2 = :band2
                            UNION ALL SELECT seq, simhash FROM articles WHERE simhash_band3 = :band3) AS banded
                      WHERE bit_count(CAST(simhash # :simhash AS bit(64))) <= :maxDistance) AS near
            ), duplicate AS (
                SELECT a.id FROM articles a JOIN candidate c ON a.seq = c.seq
            )
            INSERT INTO articles AS stored (id, version, enriched_at, title, source, language, category,
                published_at, ingested_at, enricher_version, content_hash, simhash,
                simhash_band0, simhash_band1, simhash_band2, simhash_band3, duplicate_of, doc)
            VALUES (:id, :version, :enrichedAt, :title, :source, :language, :category,
                :publishedAt, :ingestedAt, :enricherVersion, :contentHash, :simhash,
                :band0, :band1, :band2, :band3, (SELECT id FROM duplicate),
                CAST(:doc AS jsonb) || jsonb_build_object('duplicateOf', (SELECT id FROM duplicate)))
            ON CONFLICT (id) DO UPDATE SET
                version = excluded.version,
                enriched_at = excluded.enriched_at,
                title = excluded.title,
                source = excluded.source,
                language = excluded.language,
                category = excluded.category,
                published_at = excluded.published_at,
                ingested_at = excluded.ingested_at,
                enricher_version = excluded.enricher_version,
                content_hash = excluded.content_hash,
                simhash = excluded.simhash,
                simhash_band0 = excluded.simhash_band0,
                simhash_band1 = excluded.simhash_band1,
                simhash_band2 = excluded.simhash_band2,
                simhash_band3 = excluded.simhash_band3,
                -- the duplicate link was decided on first insert and stays
                doc = excluded.doc || jsonb_build_object('duplicateOf', stored.duplicate_of),
                updated_at = now()
            WHERE (stored.version, stored.enriched_at) < (excluded.version, excluded.enriched_at)
            RETURNING stored.duplicate_of, (stored.xmax = 0) AS inserted
            """;

    private static final String CURRENT_SQL = "SELECT version, CAST(doc AS text) AS doc FROM articles WHERE id = :id";

    private final DataSource database;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final int maxDistance;

    @Autowired
    ArticleStore(DataSource database, TransactionTemplate transactions, JsonMapper json, PublishProperties properties) {
        this(database, transactions, json, properties.duplicates().maxHammingDistance());
    }

    ArticleStore(DataSource database, TransactionTemplate transactions, JsonMapper json, int maxHammingDistance) {
        this.database = database;
        this.jdbc = JdbcClient.create(database);
        this.transactions = transactions;
        this.json = json;
        this.maxDistance = maxHammingDistance;
    }

    /** Stores the article unless a newer version is already there, and says what happened. */
    public StoreResult upsert(EnrichedArticle article) {
        return upsertAll(List.of(article)).get(0);
    }

    /**
     * Stores each article, in order, in one transaction: all of them or, on any failure, none.
     * Returns what happened to each, in the same order.
     */
    public List<StoreResult> upsertAll(List<EnrichedArticle> articles) {
        long[] simhashes = articles.stream().mapToLong(article -> SimHashes.parse(article.simhash())).toArray();
        return transactions.execute(status -> {
            PGConnection connection = connection();
            int threshold = connection.getPrepareThreshold();
            // the pool plans every statement with its values (searches need that); the writes are the same
            // few statements all day, so they are prepared on the server once per connection
            connection.setPrepareThreshold(1);
            try {
                lockNeighbourhoods(articles, simhashes);
                List<StoreResult> results = new ArrayList<>(articles.size());
                for (int i = 0; i < articles.size(); i++) {
                    results.add(write(articles.get(i), simhashes[i]));
                }
                return results;
            } finally {
                connection.setPrepareThreshold(threshold);
            }
        });
    }

    /** The connection of the current transaction. */
    private PGConnection connection() {
        try {
            return DataSourceUtils.getConnection(database).unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("not a PostgreSQL connection", e);
        }
    }

    private StoreResult write(EnrichedArticle article, long simhash) {
        Optional<StoreResult> written = jdbc.sql(UPSERT_SQL)
                .param("id", article.id())
                .param("version", article.version())
                .param("enrichedAt", Timestamps.utc(article.enrichedAt()))
                .param("title", article.title())
                .param("source", article.source())
                .param("language", article.language())
                .param("category", article.category().name())
                .param("publishedAt", Timestamps.parseLenient(article.publishedAt()))
                .param("ingestedAt", Timestamps.utc(article.ingestedAt()))
                .param("enricherVersion", article.enricherVersion())
                .param("contentHash", article.contentHash())
                .param("simhash", simhash)
                .param("band0", SimHashes.band(simhash, 0))
                .param("band1", SimHashes.band(simhash, 1))
                .param("band2", SimHashes.band(simhash, 2))
                .param("band3", SimHashes.band(simhash, 3))
                .param("maxDistance", maxDistance)
                .param("doc", json.writeValueAsString(article))
                // what was written is the delivered article with the store's duplicate link: not read back
                .query((rs, row) -> new StoreResult(
                        rs.getBoolean("inserted") ? StoreOutcome.INSERTED : StoreOutcome.UPDATED,
                        article.withDuplicateOf(rs.getString("duplicate_of"))))
                .optional();
        return written.orElseGet(() -> current(article));
    }

    private StoreResult current(EnrichedArticle delivered) {
        return jdbc.sql(CURRENT_SQL)
                .param("id", delivered.id())
                .query((rs, row) -> new StoreResult(
                        rs.getLong("version") > delivered.version() ? StoreOutcome.STALE : StoreOutcome.UNCHANGED,
                        read(rs.getString("doc"))))
                .single();
    }

    /**
     * Serializes concurrent first inserts that could be duplicates of each other, so the later one
     * sees the earlier one: same content hash, or (pigeonhole) a shared simhash band. All locks of
     * the transaction are taken up front in ascending order, so two writers never wait on each
     * other in a cycle.
     */
    private void lockNeighbourhoods(List<EnrichedArticle> articles, long[] simhashes) {
        // an array literal: a Java array parameter would be expanded into a list of placeholders
        StringJoiner keys = new StringJoiner(",", "{", "}");
        for (int i = 0; i < articles.size(); i++) {
            for (int band = 0; band < SimHashes.BANDS; band++) {
                keys.add(Long.toString(((long) (band + 1) << 32) | SimHashes.band(simhashes[i], band)));
            }
            keys.add(Long.toString(((long) (SimHashes.BANDS + 1) << 32)
                    | (articles.get(i).contentHash().hashCode() & 0xFFFFFFFFL)));
        }
        jdbc.sql(LOCK_SQL).param("keys", keys.toString()).query((RowCallbackHandler) rs -> { });
    }

    private EnrichedArticle read(String doc) {
        return json.readValue(doc, EnrichedArticle.class);
    }
}
