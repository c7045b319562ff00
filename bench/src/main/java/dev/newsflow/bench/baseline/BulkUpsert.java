package dev.newsflow.bench.baseline;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.bench.report.Measure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What PostgreSQL takes in bulk: JDBC batch upserts of enriched articles over one connection into a
 * scratch copy of the read store's table (same columns, defaults, indexes, and the search-vector
 * trigger when the store has one), dropped afterwards. It leaves out what only the pipeline does per
 * article: the near-duplicate lookup, the entity and event-log triggers, the advisory locks.
 */
public final class BulkUpsert {

    static final int BATCH = 500;

    private static final String UPSERT = """
            INSERT INTO %s AS stored (id, version, enriched_at, title, source, language, category, published_at,
                ingested_at, enricher_version, content_hash, simhash, simhash_band0, simhash_band1, simhash_band2,
                simhash_band3, doc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, enriched_at = excluded.enriched_at,
                title = excluded.title, source = excluded.source, language = excluded.language,
                category = excluded.category, published_at = excluded.published_at, ingested_at = excluded.ingested_at,
                enricher_version = excluded.enricher_version, content_hash = excluded.content_hash,
                simhash = excluded.simhash, simhash_band0 = excluded.simhash_band0,
                simhash_band1 = excluded.simhash_band1, simhash_band2 = excluded.simhash_band2,
                simhash_band3 = excluded.simhash_band3, doc = excluded.doc, updated_at = now()
            WHERE stored.version < excluded.version
            """;

    private final Connection connection;
    private final JsonMapper json = JsonMapper.builder().build();

    public BulkUpsert(Connection connection) {
        this.connection = connection;
    }

    public Measure run(String runId, List<EnrichedArticle> articles) throws SQLException {
        String table = "bench_upsert_" + runId.replaceAll("[^a-z0-9]", "");
        String[] docs = new String[articles.size()];
        double bytes = 0;
        for (int i = 0; i < docs.length; i++) {
            docs[i] = json.writeValueAsString(articles.get(i));
            bytes += docs[i].length();
        }
        boolean searchTrigger = createTable(table);
        try {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT.formatted(table))) {
                for (int i = 0; i < docs.length; i++) {
                    bind(upsert, articles.get(i), runId + "-" + i, docs[i]);
                    upsert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == docs.length - 1) {
                        upsert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return Measure.throughput("baseline.upsert", "postgres bulk upsert (1 connection)", docs.length, seconds, bytes)
                    .withNote("JDBC batches of " + BATCH + " into a copy of the articles table"
                            + (searchTrigger ? " with its search-vector trigger" : "")
                            + "; no duplicate lookup, entity or event triggers");
        } finally {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private boolean createTable(String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TABLE " + table + " (LIKE articles INCLUDING ALL)");
            boolean trigger = exists("SELECT 1 FROM pg_proc WHERE proname = 'articles_search_vector'");
            if (trigger) {
                st.execute("CREATE TRIGGER " + table + "_search BEFORE INSERT OR UPDATE OF doc, language ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION articles_search_vector()");
            }
            return trigger;
        }
    }

    private boolean exists(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static void bind(PreparedStatement ps, EnrichedArticle a, String id, String doc) throws SQLException {
        long simhash = Long.parseUnsignedLong(a.simhash(), 16);
        ps.setString(1, id);
        ps.setLong(2, a.version());
        ps.setTimestamp(3, timestamp(a.enrichedAt()));
        ps.setString(4, a.title());
        ps.setString(5, a.source());
        ps.setString(6, a.language());
        ps.setString(7, a.category().name());
        ps.setTimestamp(8, published(a.publishedAt()));
        ps.setTimestamp(9, timestamp(a.ingestedAt()));
        ps.setString(10, a.enricherVersion());
        ps.setString(11, a.contentHash());
        ps.setLong(12, simhash);
        for (int band = 0; band < 4; band++) {
            ps.setInt(13 + band, (int) ((simhash >>> (band * 16)) & 0xFFFF));
        }
        ps.setString(17, doc);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant == null ? Instant.now() : instant);
    }

    private static Timestamp published(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Timestamp.from(OffsetDateTime.parse(iso).toInstant());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
