package dev.newsflow.ops.deadletters;

import dev.newsflow.contracts.Headers;
import dev.newsflow.contracts.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./newsflow dlt list|show|redrive}: what is in the dead-letter topics, why, and sending it
 * back to where it came from once the cause is fixed.
 */
public final class DeadLetterTool {

    private static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.RAW_DEAD_LETTER, Topics.ENRICHED_DEAD_LETTER);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(10);
    private static final int PREVIEW_CHARS = 160;

    private final TopicReader reader;
    private final String bootstrap;
    private final RedriveLedger ledger;

    private DeadLetterTool(String bootstrap, Path ledger) {
        this.bootstrap = bootstrap;
        this.reader = new TopicReader(bootstrap);
        this.ledger = new RedriveLedger(ledger);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println(usage());
            System.exit(2);
        }
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        String ledgerFile = System.getenv().getOrDefault("NEWSFLOW_DLT_LEDGER", ".newsflow/data/dlt-redriven.tsv");
        if (!brokerAnswers(bootstrap, BROKER_TIMEOUT)) {
            System.err.printf("newsflow dlt: the broker at %s did not answer within %d s. Is Kafka running? "
                    + "See ./newsflow status; start it with ./newsflow up kafka (or set KAFKA_BOOTSTRAP).%n",
                    bootstrap, BROKER_TIMEOUT.toSeconds());
            System.exit(1);
        }
        var tool = new DeadLetterTool(bootstrap, Path.of(ledgerFile));
        int rc;
        try {
            rc = switch (options.command) {
                case "list" -> tool.list(options);
                case "show" -> tool.show(options);
                case "redrive" -> tool.redrive(options);
                default -> 2;
            };
        } catch (KafkaException | IllegalStateException | ExecutionException e) {
            // the broker went away midway: say so in one line; a redrive's ledger holds what was sent
            System.err.printf("newsflow dlt: %s failed: %s. Nothing was lost: run it again once the broker at %s answers.%n",
                    options.command, e.getMessage(), bootstrap);
            rc = 1;
        }
        System.exit(rc);
    }

    /** Whether the broker describes its cluster within the timeout: fail fast rather than after minutes. */
    static boolean brokerAnswers(String bootstrap, Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            return false;
        }
    }

    static String usage() {
        return """
                usage: ./newsflow dlt list [TOPIC]
                       ./newsflow dlt show [--topic T] [--limit N]
                       ./newsflow dlt redrive [--topic T] (--all | --id KEY... | --from ISO --to ISO) [--dry-run]""";
    }

    private int list(Options options) {
        for (String topic : options.topics()) {
            List<TopicRecord> letters = reader.readAll(topic, READ_TIMEOUT);
            long redriven = letters.stream().filter(ledger::contains).count();
            System.out.printf("%-34s %6d records, %d already redriven%n", topic, letters.size(), redriven);
            Map<String, Integer> byReason = new TreeMap<>();
            letters.forEach(l -> byReason.merge(String.valueOf(l.header(Headers.DLT_REASON)), 1, Integer::sum));
            byReason.forEach((reason, count) -> System.out.printf("    %-30s %6d%n", reason, count));
        }
        return 0;
    }

    private int show(Options options) {
        for (String topic : options.topics()) {
            List<TopicRecord> letters = new ArrayList<>(reader.readAll(topic, READ_TIMEOUT));
            letters.sort(java.util.Comparator.comparingLong(TopicRecord::timestamp));
            List<TopicRecord> shown = letters.subList(Math.max(0, letters.size() - options.limit), letters.size());
            System.out.printf("== %s: %d records%s%n", topic, letters.size(),
                    shown.size() < letters.size() ? " (the last " + shown.size() + ")" : "");
            for (TopicRecord l : shown) {
                System.out.printf("%s  %s%s%n", l.position(), Instant.ofEpochMilli(l.timestamp()),
                        ledger.contains(l) ? "  [redriven]" : "");
                System.out.printf("  key:       %s%n", l.keyText());
                System.out.printf("  reason:    %s%n", l.header(Headers.DLT_REASON));
                System.out.printf("  exception: %s%n", l.header(Headers.DLT_EXCEPTION));
                System.out.printf("  message:   %s%n", abbreviate(l.header(Headers.DLT_MESSAGE), 300));
                System.out.printf("  source:    %s-%s@%s%n", l.header(Headers.DLT_TOPIC), l.header(Headers.DLT_PARTITION),
                        l.header(Headers.DLT_OFFSET));
                System.out.printf("  value:     %s%n", preview(l.value()));
            }
        }
        return 0;
    }

    private int redrive(Options options) throws Exception {
        Predicate<TopicRecord> selected = options.selection();
        int sent = 0;
        int skipped = 0;
        int unroutable = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrap))) {
            for (String topic : options.topics()) {
                List<TopicRecord> letters = reader.readAll(topic, READ_TIMEOUT).stream().filter(selected).toList();
                List<TopicRecord> todo = new ArrayList<>();
                for (TopicRecord l : letters) {
                    if (ledger.contains(l)) {
                        skipped++;
                    } else if (l.header(Headers.DLT_TOPIC) == null) {
                        System.out.printf("%s: no %s header, cannot tell where it came from; not sent%n", l.position(),
                                Headers.DLT_TOPIC);
                        unroutable++;
                    } else {
                        todo.add(l);
                    }
                }
                List<Future<RecordMetadata>> futures = new ArrayList<>();
                for (TopicRecord l : todo) {
                    if (options.dryRun) {
                        System.out.printf("would send %s (key %s) to %s%n", l.position(), l.keyText(), l.header(Headers.DLT_TOPIC));
                    } else {
                        futures.add(producer.send(new ProducerRecord<>(l.header(Headers.DLT_TOPIC), null, l.key(), l.value(),
                                originalHeaders(l))));
                    }
                }
                producer.flush();
                List<String[]> done = new ArrayList<>();
                try {
                    for (int i = 0; i < futures.size(); i++) {
                        TopicRecord l = todo.get(i);
                        RecordMetadata m = futures.get(i).get();
                        System.out.printf("sent %s (key %s, %s) to %s-%d@%d%n", l.position(), l.keyText(),
                                l.header(Headers.DLT_REASON), m.topic(), m.partition(), m.offset());
                        done.add(new String[] {l.topic(), Integer.toString(l.partition()), Long.toString(l.offset()),
                                m.topic(), Integer.toString(m.partition()), Long.toString(m.offset())});
                    }
                } finally {
                    // what the broker acknowledged is remembered even when a later send failed
                    ledger.record(done);
                }
                sent += done.size();
            }
        }
        System.out.printf("redrive: %d sent, %d skipped (already redriven, see %s), %d without a source topic%s%n", sent,
                skipped, ledger.file(), unroutable, options.dryRun ? " (dry run: nothing sent)" : "");
        return unroutable == 0 ? 0 : 1;
    }

    /** The record's own headers as the source topic first had them: the dead-letter headers removed. */
    static RecordHeaders originalHeaders(TopicRecord letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : letter.headers()) {
            if (!h.key().startsWith("newsflow_dlt_") && !h.key().startsWith("kafka_dlt-")) {
                headers.add(h.key(), h.value());
            }
        }
        return headers;
    }

    /** An idempotent byte-array producer that waits for all replicas, as every tool here writes. */
    public static Properties producerProperties(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "16777216");
        return p;
    }

    static String preview(byte[] value) {
        if (value == null) {
            return "(null)";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, Math.min(value.length, PREVIEW_CHARS * 4))).toString();
        } catch (CharacterCodingException e) {
            StringBuilder hex = new StringBuilder("(not UTF-8) hex ");
            for (int i = 0; i < Math.min(value.length, 48); i++) {
                hex.append(String.format("%02x", value[i]));
            }
            return hex + (value.length > 48 ? "..." : "") + " [" + value.length + " bytes]";
        }
        return abbreviate(text.replaceAll("\\p{Cntrl}", " "), PREVIEW_CHARS) + " [" + value.length + " bytes]";
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** The parsed command line. */
    private static final class Options {
        String command;
        String topic;
        int limit = 20;
        boolean all;
        boolean dryRun;
        List<String> ids = new ArrayList<>();
        Instant from;
        Instant to;

        static Options parse(String[] args) {
            if (args.length == 0) {
                return null;
            }
            Options o = new Options();
            o.command = args[0];
            if (!Set.of("list", "show", "redrive").contains(o.command)) {
                return null;
            }
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--topic" -> o.topic = args[++i];
                    case "--limit" -> o.limit = Integer.parseInt(args[++i]);
                    case "--all" -> o.all = true;
                    case "--dry-run" -> o.dryRun = true;
                    case "--from" -> o.from = Instant.parse(args[++i]);
                    case "--to" -> o.to = Instant.parse(args[++i]);
                    case "--id" -> {
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            o.ids.add(args[++i]);
                        }
                    }
                    default -> {
                        if (o.command.equals("list") && o.topic == null && !a.startsWith("--")) {
                            o.topic = a;
                        } else {
                            return null;
                        }
                    }
                }
            }
            if (o.topic != null && !o.topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                o.topic = Topics.deadLetterOf(o.topic);
            }
            if (o.command.equals("redrive")) {
                int ways = (o.all ? 1 : 0) + (o.ids.isEmpty() ? 0 : 1) + (o.from != null || o.to != null ? 1 : 0);
                if (ways != 1 || (o.from == null) != (o.to == null)) {
                    return null;
                }
            }
            return o;
        }

        List<String> topics() {
            return topic == null ? DEAD_LETTER_TOPICS : List.of(topic);
        }

        /** Which dead letters a redrive takes: all, those with the given keys, or those dead-lettered in [from, to). */
        Predicate<TopicRecord> selection() {
            if (all) {
                return l -> true;
            }
            if (!ids.isEmpty()) {
                Set<String> wanted = Set.copyOf(ids);
                return l -> wanted.contains(l.keyText());
            }
            return l -> !Instant.ofEpochMilli(l.timestamp()).isBefore(from) && Instant.ofEpochMilli(l.timestamp()).isBefore(to);
        }
    }
}
