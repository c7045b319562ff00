package dev.newsflow.ops.faults;

import dev.newsflow.ops.faults.PoisonInjector.Poison;
import dev.newsflow.ops.deadletters.TopicReader;
import dev.newsflow.ops.deadletters.TopicRecord;
import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks of Kafka's system tests and Jepsen's: what was acknowledged against what the read store
 * and the published topic hold, where the poison went, and whether the consumers caught up.
 */
final class Verifier {

    /** One line of the result table; {@code expected} null means informational. */
    record Row(String check, long count, Long expected) {
        boolean ok() {
            return expected == null || count == expected;
        }
    }

    /** How far a consumer group is behind: by offsets, and in records still to read (commit markers don't count). */
    record Lag(long offsets, long records) {
    }

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(3);

    private final String bootstrap;
    private final String databaseUrl;
    private final String databaseUser;
    private final String databasePassword;
    private final JsonMapper json = JsonMapper.builder().build();

    Verifier(String bootstrap, String databaseUrl, String databaseUser, String databasePassword) {
        this.bootstrap = bootstrap;
        this.databaseUrl = databaseUrl;
        this.databaseUser = databaseUser;
        this.databasePassword = databasePassword;
    }

    /**
     * Records the group has yet to consume: committed offset up to the read_committed end offset. A
     * transactional topic ends with a commit marker that no consumer ever receives (nor commits past),
     * so an offset gap is confirmed by reading it.
     */
    Lag lag(String group, String topic) throws InterruptedException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            if (committed.keySet().stream().noneMatch(tp -> tp.topic().equals(topic))) {
                throw new IllegalStateException("consumer group " + group + " has no committed offsets on " + topic
                        + " (is that the group the service consumes with?)");
            }
            Map<TopicPartition, Long> ends = endOffsets(admin, topic, IsolationLevel.READ_COMMITTED);
            long offsets = 0;
            long records = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                long from = c == null ? 0 : c.offset();
                long gap = Math.max(0, e.getValue() - from);
                offsets += gap;
                if (gap > 0) {
                    records += recordsBetween(e.getKey(), from, e.getValue());
                }
            }
            return new Lag(offsets, records);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the lag of " + group + ": " + e, e);
        }
    }

    /**
     * Partitions of the topic with a transaction still open: their read_committed end (the last stable
     * offset) is behind their high watermark. What lies behind an open transaction is not readable yet,
     * so lag measured against the read_committed end says nothing about it.
     */
    int openTransactions(String topic) throws InterruptedException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            Map<TopicPartition, Long> stable = endOffsets(admin, topic, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> high = endOffsets(admin, topic, IsolationLevel.READ_UNCOMMITTED);
            return (int) high.entrySet().stream().filter(e -> e.getValue() > stable.get(e.getKey())).count();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of " + topic + ": " + e, e);
        }
    }

    /** The end offset of each partition of the topic as a reader of the given isolation level sees it. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic, IsolationLevel isolation)
            throws InterruptedException, ExecutionException, TimeoutException {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(info -> latest.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private long recordsBetween(TopicPartition partition, long from, long end) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicReader.properties(bootstrap))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            long count = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.offset() < end) {
                        count++;
                    }
                }
            }
            return consumer.position(partition) < end ? Math.max(count, 1) : count;
        }
    }

    /** The store's row for each of this run's ids: version and the content marker (metadata.seq). */
    record Stored(long version, String seq) {
    }

    Map<String, Stored> stored(String prefix) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                PreparedStatement s = c.prepareStatement(
                        "SELECT id, version, doc -> 'metadata' ->> 'seq' AS seq FROM articles WHERE id LIKE ? ESCAPE '!'")) {
            s.setString(1, startsWith(prefix));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rows.put(rs.getString("id"), new Stored(rs.getLong("version"), rs.getString("seq"))) != null) {
                        rows.put(rs.getString("id") + "#duplicate", null);
                    }
                }
            }
        }
        return rows;
    }

    List<Row> storeRows(Map<String, Integer> acked, Map<String, Integer> attempted, Map<String, Stored> stored) {
        long lost = 0;
        long stale = 0;
        long ahead = 0;
        for (var e : acked.entrySet()) {
            Stored row = stored.get(e.getKey());
            if (row == null) {
                lost++;
                continue;
            }
            int seq = parse(row.seq());
            if (seq < e.getValue()) {
                stale++;
            } else if (seq > e.getValue()) {
                // a later version was sent but never acknowledged, and yet written: allowed, not a loss
                ahead++;
            }
        }
        long duplicated = stored.keySet().stream().filter(k -> k.endsWith("#duplicate")).count();
        long unexpected = stored.entrySet().stream().filter(e -> !e.getKey().endsWith("#duplicate"))
                .filter(e -> !attempted.containsKey(e.getKey()) || parse(e.getValue().seq()) > attempted.get(e.getKey())
                        || parse(e.getValue().seq()) < 1)
                .count();
        return List.of(
                new Row("acknowledged articles (ids)", acked.size(), null),
                new Row("rows in the read store for this run", stored.size() - duplicated, null),
                new Row("lost (acknowledged, not in the store)", lost, 0L),
                new Row("stale (store older than last ack)", stale, 0L),
                new Row("store ahead of ack (sent, unacked)", ahead, null),
                new Row("duplicated rows (same id twice)", duplicated, 0L),
                new Row("unexpected rows (never sent)", unexpected, 0L));
    }

    /**
     * What the store derives from each document, checked after the faults: this run's articles whose
     * entity keys differ from their document's entities, and entity counters (store-wide) that differ
     * from the number of articles holding the entity.
     */
    List<Row> derivedRows(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                PreparedStatement rows = c.prepareStatement("""
                        WITH run AS (SELECT id, doc FROM articles WHERE id LIKE ? ESCAPE '!'),
                        documented AS (
                            SELECT DISTINCT r.id, (e ->> 'type') || ':' || (e ->> 'text') AS key
                            FROM run r, jsonb_array_elements(coalesce(r.doc -> 'entities', '[]'::jsonb)) e
                            WHERE e ->> 'type' IS NOT NULL AND e ->> 'text' IS NOT NULL),
                        stored AS (
                            SELECT k.article_id, k.keys, k.lookup FROM article_entity_keys k JOIN run r ON r.id = k.article_id),
                        indexed AS (
                            SELECT s.article_id, key FROM stored s, unnest(s.keys) key),
                        lookups AS (
                            SELECT s.article_id
                            FROM stored s CROSS JOIN LATERAL (SELECT ARRAY(SELECT lower(key) FROM unnest(s.keys) key) AS lowered) l
                            WHERE NOT (s.lookup @> l.lowered AND l.lowered @> s.lookup))
                        SELECT count(DISTINCT id) FROM (
                            (SELECT * FROM documented EXCEPT SELECT * FROM indexed)
                            UNION ALL
                            (SELECT * FROM indexed EXCEPT SELECT * FROM documented)
                            UNION ALL
                            SELECT article_id, NULL FROM lookups) AS differing (id, key)
                        """);
                PreparedStatement counters = c.prepareStatement("""
                        SELECT count(*)
                        FROM entity_stats s
                        FULL JOIN (SELECT split_part(key, ':', 1) AS type, substr(key, strpos(key, ':') + 1) AS name,
                                          count(*) AS articles
                                   FROM article_entity_keys, unnest(keys) key
                                   GROUP BY 1, 2) a
                            USING (type, name)
                        WHERE coalesce(s.articles, 0) <> coalesce(a.articles, 0)
                        """)) {
            rows.setString(1, startsWith(prefix));
            return List.of(
                    new Row("articles whose entity keys differ from the doc", single(rows), 0L),
                    new Row("entity counters off (whole store)", single(counters), 0L));
        }
    }

    /** A LIKE pattern (escape character '!') matching the ids that start with the prefix. */
    private static String startsWith(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Published events of this run: duplicates by event id per (id, version), versions per id in offset order. */
    List<Row> publishedRows(String prefix, Map<String, Stored> stored) {
        Map<String, Set<String>> eventIdsByVersion = new HashMap<>();
        Map<String, Long> lastVersion = new HashMap<>();
        Map<String, Set<Long>> versionsById = new HashMap<>();
        long[] events = {0};
        long[] backwards = {0};
        new TopicReader(bootstrap).forEach(Topics.PUBLISHED, READ_TIMEOUT, r -> {
            String key = r.keyText();
            if (key == null || !key.startsWith(prefix)) {
                return;
            }
            events[0]++;
            JsonNode event = json.readTree(r.value());
            long version = event.get("version").asLong();
            String id = event.get("id").asString();
            eventIdsByVersion.computeIfAbsent(id + "@" + version, x -> new HashSet<>()).add(event.get("eventId").asString());
            versionsById.computeIfAbsent(id, x -> new HashSet<>()).add(version);
            Long last = lastVersion.put(id, version);
            if (last != null && version < last) {
                backwards[0]++;
                lastVersion.put(id, last);
            }
        });
        long distinct = eventIdsByVersion.values().stream().mapToLong(Set::size).sum();
        long duplicated = eventIdsByVersion.values().stream().filter(s -> s.size() > 1).count();
        long missing = stored.entrySet().stream().filter(e -> !e.getKey().endsWith("#duplicate"))
                .filter(e -> !versionsById.getOrDefault(e.getKey(), Set.of()).contains(e.getValue().version())).count();
        return List.of(
                new Row("published events (incl. redeliveries)", events[0], null),
                new Row("distinct published event ids", distinct, null),
                new Row("(id, version) with >1 event id", duplicated, 0L),
                new Row("versions going backwards (published)", backwards[0], 0L),
                new Row("stored versions never published", missing, 0L));
    }

    /** Every poison record in its dead-letter topic with its original key and bytes, naming its source topic. */
    List<Row> poisonRows(List<Poison> injected) {
        Map<String, List<TopicRecord>> byTopic = new HashMap<>();
        for (String dlt : List.of(Topics.RAW_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER)) {
            byTopic.put(dlt, new TopicReader(bootstrap).readAll(dlt, READ_TIMEOUT));
        }
        long found = 0;
        long misplaced = 0;
        for (Poison p : injected) {
            if (contains(byTopic.get(p.expectedDeadLetterTopic()), p, true)) {
                found++;
            } else if (byTopic.values().stream().anyMatch(list -> contains(list, p, false))) {
                misplaced++;
            }
        }
        return List.of(
                new Row("poison records injected", injected.size(), null),
                new Row("poison in the right DLT, bytes intact", found, (long) injected.size()),
                new Row("poison in a wrong DLT or wrong headers", misplaced, 0L));
    }

    private static boolean contains(List<TopicRecord> letters, Poison p, boolean checkHeaders) {
        byte[] key = p.key().getBytes(StandardCharsets.UTF_8);
        return letters.stream().anyMatch(l -> Arrays.equals(l.key(), key) && Arrays.equals(l.value(), p.value())
                && (!checkHeaders || (p.topic().equals(l.header(Headers.DLT_TOPIC)) && l.header(Headers.DLT_OFFSET) != null
                        && l.header(Headers.DLT_EXCEPTION) != null)));
    }

    private static int parse(String seq) {
        try {
            return seq == null ? -1 : Integer.parseInt(seq);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static List<Row> lagRows(Lag enrich, Lag publish) {
        return List.of(
                new Row("lag newsflow-enrich (records)", enrich.records(), 0L),
                new Row("lag newsflow-publish (records)", publish.records(), 0L),
                new Row("lag newsflow-publish (offsets, info)", publish.offsets(), null));
    }

    static List<Row> concat(List<List<Row>> parts) {
        List<Row> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }
}
