package dev.newsflow.publish.store;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.PublishProperties;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enriched articles to the read store. Redeliveries are harmless: the upsert is keyed by
 * id and guarded by (version, enrichedAt), so an older version never overwrites a newer one.
 */
@Repository
public class ArticleStore {

    private static final String LOCK_SQL = """
            SELECT pg_advisory_xact_lock(:k0), pg_advisory_xact_lock(:k1), pg_advisory_xact_lock(:k2),
                   pg_advisory_xact_lock(:k3), pg_advisory_xact_lock(:k4)
            """;

    private static final String UPSERT_SQL = """
            WITH duplicate AS (
                SELECT a.id FROM articles a
                WHERE a.id <> :id
                  AND (a.content_hash = :contentHash
                       OR ((a.simhash_band0 = :band0 OR a.simhash_band1 = :band1
                            OR a.simhash_band2 = :band2 OR a.simhash_band3 = :band3)
                           AND bit_count(CAST(a.simhash # :simhash AS bit(64))) <= :maxDistance))
                ORDER BY a.seq
                LIMIT 1
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
            RETURNING stored.version, CAST(stored.doc AS text) AS doc, (stored.xmax = 0) AS inserted
            """;

    private static final String CURRENT_SQL = "SELECT version, CAST(doc AS text) AS doc FROM articles WHERE id = :id";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final int maxDistance;

    ArticleStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, PublishProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.maxDistance = properties.duplicates().maxHammingDistance();
    }

    /** Stores the article unless a newer version is already there, and says what happened. */
    public StoreResult upsert(EnrichedArticle article) {
        long simhash = SimHashes.parse(article.simhash());
        return transactions.execute(status -> {
            lockNeighbourhood(article.contentHash(), simhash);
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
                    .query((rs, row) -> new StoreResult(
                            rs.getBoolean("inserted") ? StoreOutcome.INSERTED : StoreOutcome.UPDATED,
                            read(rs.getString("doc"))))
                    .optional();
            return written.orElseGet(() -> current(article));
        });
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
     * sees the earlier one: same content hash, or (pigeonhole) a shared simhash band. Taken in a
     * fixed order so two writers never wait on each other in a cycle.
     */
    private void lockNeighbourhood(String contentHash, long simhash) {
        long[] keys = new long[SimHashes.BANDS + 1];
        for (int band = 0; band < SimHashes.BANDS; band++) {
            keys[band] = ((long) (band + 1) << 32) | SimHashes.band(simhash, band);
        }
        keys[SimHashes.BANDS] = ((long) (SimHashes.BANDS + 1) << 32) | (contentHash.hashCode() & 0xFFFFFFFFL);
        Arrays.sort(keys);
        jdbc.sql(LOCK_SQL)
                .param("k0", keys[0]).param("k1", keys[1]).param("k2", keys[2]).param("k3", keys[3]).param("k4", keys[4])
                .query((RowCallbackHandler) rs -> { });
    }

    private EnrichedArticle read(String doc) {
        return json.readValue(doc, EnrichedArticle.class);
    }
}
