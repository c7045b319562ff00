package dev.newsflow.bench.search;

import dev.newsflow.contracts.Category;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.enrichment.ArticleContext;
import dev.newsflow.enrichment.Enricher;
import dev.newsflow.corpus.ArticleGenerator;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the read store with generated articles, once: a pool of articles really enriched by
 * enrich-core, varied into as many rows as asked (id, language, dates, source, category,
 * duplicates), bulk-loaded with COPY. The store's triggers index each row as the service's own
 * upsert would (search vector, entities, event log).
 */
final class BenchCorpus {

    static final String ID_PREFIX = "bench-";
    private static final int POOL = 2_000;
    private static final int BATCH = 5_000;
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "de", "fr", "es", "it"};
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    static final String COLUMNS = "id, version, enriched_at, title, source, language, category, published_at,"
            + " ingested_at, enricher_version, content_hash, simhash, simhash_band0, simhash_band1, simhash_band2,"
            + " simhash_band3, duplicate_of, doc";

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<EnrichedArticle> pool = new ArrayList<>();

    /** Loads rows until the store holds {@code target} bench articles; returns how many were added. */
    int load(Connection connection, int target) throws SQLException, IOException {
        int present = count(connection);
        if (present >= target) {
            return 0;
        }
        enrichPool(Math.min(POOL, target));
        connection.setAutoCommit(false);
        // Bulk-loaded history needs no stream events, and without events the commit-time entity
        // sync has nothing to do: entity keys and counters are rebuilt set-based below. The
        // search-vector trigger stays on: it indexes each row as the service would.
        execute(connection, "ALTER TABLE articles DISABLE TRIGGER articles_events");
        connection.commit();
        int first = nextIndex(connection);
        int last = first + target - present;
        SplittableRandom random = new SplittableRandom(42 + first);
        for (int start = first; start < last; start += BATCH) {
            int end = Math.min(last, start + BATCH);
            StringBuilder csv = new StringBuilder(end - start << 13);
            for (int n = start; n < end; n++) {
                csvRow(csv, variant(n, random));
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY articles (" + COLUMNS + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            connection.commit();
            System.out.printf("  loaded %,d / %,d%n", present + end - first, target);
        }
        execute(connection, "ALTER TABLE articles ENABLE TRIGGER articles_events",
                "INSERT INTO article_entity_keys (article_id, keys, lookup)"
                        + " SELECT a.id, array_agg(DISTINCT (e ->> 'type') || ':' || (e ->> 'text')),"
                        + " array_agg(DISTINCT lower((e ->> 'type') || ':' || (e ->> 'text')))"
                        + " FROM articles a, jsonb_array_elements(a.doc -> 'entities') e"
                        + " WHERE a.id ~ '^" + ID_PREFIX + "[0-9]+$' AND NOT EXISTS"
                        + " (SELECT 1 FROM article_entity_keys x WHERE x.article_id = a.id) GROUP BY 1",
                "DELETE FROM entity_stats",
                "INSERT INTO entity_stats (type, name, articles)"
                        + " SELECT split_part(key, ':', 1), substr(key, strpos(key, ':') + 1), count(*)"
                        + " FROM article_entity_keys, unnest(keys) key GROUP BY 1, 2");
        connection.commit();
        connection.setAutoCommit(true);
        execute(connection, "VACUUM ANALYZE articles", "VACUUM ANALYZE article_entity_keys", "VACUUM ANALYZE entity_stats",
                "VACUUM ANALYZE article_events");
        return target - present;
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int nextIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT coalesce(max(CAST(substring(id FROM "
                        + (ID_PREFIX.length() + 1) + ") AS integer)) + 1, 0) FROM articles WHERE id ~ '^" + ID_PREFIX + "[0-9]+$'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM articles WHERE id ~ '^" + ID_PREFIX + "[0-9]+$'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** One article inserted the way the service's upsert inserts it, committed by the caller. */
    void insert(Connection connection, EnrichedArticle article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            long simhash = Long.parseUnsignedLong(article.simhash(), 16);
            insert.setString(1, article.id());
            insert.setLong(2, article.version());
            insert.setTimestamp(3, Timestamp.from(article.enrichedAt()));
            insert.setString(4, article.title());
            insert.setString(5, article.source());
            insert.setString(6, article.language());
            insert.setString(7, article.category().name());
            insert.setTimestamp(8, Timestamp.from(Instant.parse(article.publishedAt())));
            insert.setTimestamp(9, Timestamp.from(article.ingestedAt()));
            insert.setString(10, article.enricherVersion());
            insert.setString(11, article.contentHash());
            insert.setLong(12, simhash);
            for (int band = 0; band < 4; band++) {
                insert.setInt(13 + band, (int) ((simhash >>> (band * 16)) & 0xFFFF));
            }
            insert.setString(17, article.duplicateOf());
            insert.setString(18, json.writeValueAsString(article));
            insert.executeUpdate();
        }
    }

    /** A fresh article for the stream measurement: a pool article under a new id and the given source. */
    EnrichedArticle fresh(String id, String source) {
        // the store may have been filled by an earlier run: a few articles to vary are enough here
        enrichPool(200);
        EnrichedArticle base = pool.get(Math.floorMod(id.hashCode(), pool.size()));
        Instant now = Instant.now();
        return copy(base, id, source, base.language(), base.category(), now.toString(), randomHash(new SplittableRandom()),
                HexFormat.of().toHexDigits(new SplittableRandom().nextLong()), null, now, now);
    }

    /** The first {@code size} generated articles, enriched (a small store needs no more; the same seed, the same articles). */
    private void enrichPool(int size) {
        if (!pool.isEmpty()) {
            return;
        }
        System.out.printf("  enriching a pool of %,d generated articles ...%n", size);
        ArticleGenerator generator = new ArticleGenerator(7);
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore());
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            RawArticle raw = generator.next();
            pool.add(enricher.enrich(raw, new ArticleContext(raw.id(), i, now)));
        }
    }

    /** Row n: pool article n % pool size, re-dated over 2024, in a few languages; every 20th a duplicate of one of the first rows. */
    private EnrichedArticle variant(int n, SplittableRandom random) {
        EnrichedArticle base = pool.get(n % pool.size());
        Instant published = EPOCH.plus(random.nextLong(366L * 24 * 3600), ChronoUnit.SECONDS);
        Instant ingested = published.plus(1 + random.nextInt(3600), ChronoUnit.SECONDS);
        String duplicateOf = n >= 1_000 && n % 20 == 0 ? ID_PREFIX + random.nextInt(1_000) : null;
        Category category = random.nextInt(4) == 0 ? Category.values()[random.nextInt(Category.values().length)] : base.category();
        return copy(base, ID_PREFIX + n, base.source(), LANGUAGES[random.nextInt(LANGUAGES.length)], category,
                published.toString(), randomHash(random), HexFormat.of().toHexDigits(random.nextLong()), duplicateOf,
                ingested, ingested.plusSeconds(1));
    }

    private static EnrichedArticle copy(EnrichedArticle a, String id, String source, String language, Category category,
            String publishedAt, String contentHash, String simhash, String duplicateOf, Instant ingestedAt,
            Instant enrichedAt) {
        return new EnrichedArticle("enriched:" + id + ":1", enrichedAt, id, 1, "https://bench.example/" + id, source,
                a.title(), a.body(), language, a.languageConfidence(), publishedAt, a.author(), a.metadata(),
                a.wordCount(), a.sentenceCount(), a.readingTimeMinutes(), a.summary(), a.keywords(), a.entities(),
                a.quotes(), category, a.categoryScore(), contentHash, simhash, duplicateOf, a.removed(),
                a.enricherVersion(), ingestedAt, enrichedAt);
    }

    private void csvRow(StringBuilder csv, EnrichedArticle a) {
        long simhash = Long.parseUnsignedLong(a.simhash(), 16);
        field(csv, a.id()).append(',').append(a.version()).append(',');
        field(csv, a.enrichedAt().toString()).append(',');
        field(csv, a.title()).append(',');
        field(csv, a.source()).append(',');
        field(csv, a.language()).append(',');
        field(csv, a.category().name()).append(',');
        field(csv, a.publishedAt()).append(',');
        field(csv, a.ingestedAt().toString()).append(',');
        field(csv, a.enricherVersion()).append(',');
        field(csv, a.contentHash()).append(',').append(simhash);
        for (int band = 0; band < 4; band++) {
            csv.append(',').append((simhash >>> (band * 16)) & 0xFFFF);
        }
        csv.append(',');
        if (a.duplicateOf() != null) {
            field(csv, a.duplicateOf());
        }
        csv.append(',');
        field(csv, json.writeValueAsString(a)).append('\n');
    }

    private static StringBuilder field(StringBuilder csv, String value) {
        return csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static String randomHash(SplittableRandom random) {
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }
}
