package dev.newsflow.bench;

import dev.newsflow.bench.baseline.BenchTopic;
import dev.newsflow.bench.baseline.BulkUpsert;
import dev.newsflow.bench.baseline.KafkaTools;
import dev.newsflow.bench.baseline.ToolOutput;
import dev.newsflow.bench.core.CoreBench;
import dev.newsflow.bench.e2e.BatchSender;
import dev.newsflow.bench.e2e.FixedRate;
import dev.newsflow.bench.e2e.MaxRate;
import dev.newsflow.bench.e2e.ReadStore;
import dev.newsflow.bench.report.JsonReport;
import dev.newsflow.bench.report.Measure;
import dev.newsflow.bench.report.ProcessUsage;
import dev.newsflow.bench.report.Report;
import dev.newsflow.bench.report.TableWriter;
import dev.newsflow.bench.resources.ProcessSampler;
import dev.newsflow.bench.search.SearchBenchmark;
import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./newsflow bench}: runs the selected parts against the running local stack, prints one table
 * and writes the same as JSON. A part that fails is reported and the others still run; the exit status
 * is non-zero when any part failed (with {@code --smoke}: also when a part produced no figures).
 */
public final class Bench {

    private final BenchOptions options;
    private final BenchEnvironment env;
    private final String runId;
    private final Path logDir;
    private final List<Measure> measures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Map<String, Double> stages = Map.of();
    private CoreBench.Result core;

    Bench(BenchOptions options, BenchEnvironment env, String runId) {
        this.options = options;
        this.env = env;
        this.runId = runId;
        this.logDir = env.state().resolve("bench").resolve(runId);
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsflow bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        BenchEnvironment env = BenchEnvironment.from(System.getenv(), Path.of(System.getProperty("newsflow.home", ".")));
        String runId = "r" + Long.toString(System.currentTimeMillis() / 1000, 36);
        System.exit(new Bench(options, env, runId).run());
    }

    int run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = load();
        say("run %s: parts %s, %d articles end to end, rates %s/s for %d s each, seed %d%s", runId, options.partsText(),
                options.articles(), options.rates(), options.durationSeconds(), options.seed(), options.smoke() ? " (smoke)" : "");
        Files.createDirectories(logDir);
        if (options.runs(Part.CORE)) {
            part("core", this::core);
        }
        if (options.runs(Part.BASELINE)) {
            part("kafka baseline", this::kafkaBaseline);
            part("postgres baseline", this::postgresBaseline);
        }
        List<ProcessUsage> processes = new ArrayList<>();
        boolean pipeline = options.runs(Part.E2E) || options.runs(Part.LATENCY);
        if (pipeline) {
            part("pipeline", () -> pipeline(processes));
        }
        // last: its articles stay in the read store, and the pipeline parts of this run measure without them
        if (options.runs(Part.SEARCH)) {
            part("search", this::search);
        }
        Report report = report(started, loadBefore, processes);
        System.out.println();
        System.out.print(TableWriter.render(report));
        Path json = options.json() != null ? options.json() : env.state().resolve("bench").resolve("bench-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + ".json");
        JsonReport.write(report, json);
        say("report written to %s (logs of Kafka's tools in %s)", json, logDir);
        if (options.smoke()) {
            failures.addAll(SmokeCheck.missing(options, report));
        }
        for (String failure : failures) {
            System.err.println("newsflow bench: FAILED " + failure);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private void core() {
        BenchArticles generator = new BenchArticles("core-", options.seed());
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < options.coreArticles(); i++) {
            articles.add(generator.next());
        }
        say("enrichment core: %d articles on one thread ...", articles.size());
        core = CoreBench.run(articles, options.smoke() ? 200 : 5_000);
        stages = core.stagesMs();
        measures.add(core.measure());
    }

    private void kafkaBaseline() throws Exception {
        Path payloads = logDir.resolve("payloads.ndjson");
        BenchArticles generator = new BenchArticles("bench-" + runId + "-p-", options.seed());
        int distinct = (int) Math.min(options.producerRecords(), options.smoke() ? 500 : 10_000);
        long bytes = 0;
        try (var out = Files.newOutputStream(payloads)) {
            for (int i = 0; i < distinct; i++) {
                byte[] json = BenchArticles.encode(generator.next());
                out.write(json);
                out.write('\n');
                bytes += json.length;
            }
        }
        int partitions = Integer.parseInt(System.getenv().getOrDefault("TOPIC_PARTITIONS", "3"));
        KafkaTools tools = new KafkaTools(env, logDir);
        try (BenchTopic topic = new BenchTopic(env.kafkaBootstrap(), "newsflow-bench-" + runId, partitions)) {
            say("kafka ProducerPerformance: %d records (%d distinct article payloads, mean %d bytes) ...",
                    options.producerRecords(), distinct, bytes / distinct);
            ToolOutput.ProducerFigures produced = tools.produce(topic.name(), options.producerRecords(), payloads);
            measures.add(new Measure("baseline.producer", "kafka ProducerPerformance (defaults)", produced.records(),
                    produced.records() / produced.recordsPerSecond(), produced.recordsPerSecond(), produced.mbPerSecond(),
                    produced.p50Ms(), produced.p95Ms(), produced.p99Ms(), produced.maxLatencyMs(),
                    "latencies are the producer's send-to-acknowledgement times; default settings, acks=all"));
            say("kafka ConsumerPerformance: %d records ...", produced.records());
            ToolOutput.ConsumerFigures consumed = tools.consume(topic.name(), produced.records());
            measures.add(new Measure("baseline.consumer", "kafka ConsumerPerformance", consumed.records(),
                    consumed.fetchMs() / 1000, consumed.fetchRecordsPerSecond(), consumed.fetchMbPerSecond(),
                    null, null, null, null, String.format(Locale.ROOT,
                            "fetch rate (group join of %.0f ms left out; %.0f records/s with it)", consumed.rebalanceMs(),
                            consumed.recordsPerSecond())));
        } finally {
            Files.deleteIfExists(payloads);
        }
    }

    private void postgresBaseline() throws Exception {
        List<EnrichedArticle> rows;
        if (core != null && core.enriched().size() >= options.upsertRows()) {
            rows = core.enriched().subList(0, options.upsertRows());
        } else {
            BenchArticles generator = new BenchArticles("upsert-", options.seed());
            List<RawArticle> raw = new ArrayList<>();
            for (int i = 0; i < options.upsertRows(); i++) {
                raw.add(generator.next());
            }
            rows = CoreBench.run(raw, 0).enriched();
        }
        say("postgres bulk upsert: %d rows over one connection ...", rows.size());
        try (Connection connection = database()) {
            measures.add(new BulkUpsert(connection).run(runId, rows));
        }
    }

    private void pipeline(List<ProcessUsage> processes) throws Exception {
        BatchSender sender = new BatchSender(env.ingestUrl(), env.apiKey());
        try (Connection connection = database(); ProcessSampler sampler = new ProcessSampler(env)) {
            ReadStore store = new ReadStore(connection);
            boolean sampling = options.runs(Part.RESOURCES) && sampler.available();
            if (options.runs(Part.RESOURCES) && !sampling) {
                notes.add("resources not measured: no /proc or no pid files in " + env.runDir());
            }
            if (sampling) {
                sampler.start();
            }
            int warmup = options.smoke() ? 50 : Math.min(2_000, Math.max(200, options.articles() / 10));
            say("warming the pipeline up with %d articles ...", warmup);
            MaxRate.run(new BenchArticles("bench-" + runId + "-w-", options.seed() + 7), warmup,
                    Math.min(options.batch(), 100), 2, sender, store);
            Map<String, Double> cpuBefore = sampling ? sampler.cpuSeconds() : Map.of();
            long articles = 0;
            if (options.runs(Part.E2E)) {
                say("end to end: %d articles, %d clients, batches of %d ...", options.articles(), options.clients(), options.batch());
                MaxRate.Result result = MaxRate.run(new BenchArticles("bench-" + runId + "-e2e-", options.seed() + 1),
                        options.articles(), options.batch(), options.clients(), sender, store);
                measures.add(result.endToEnd());
                measures.add(result.publish());
                articles = options.articles();
            }
            Map<String, Double> cpuAfter = sampling ? sampler.cpuSeconds() : Map.of();
            if (options.runs(Part.LATENCY)) {
                for (int rate : options.rates()) {
                    say("latency at %d articles/s for %d s ...", rate, options.durationSeconds());
                    measures.add(FixedRate.run(new BenchArticles("bench-" + runId + "-r" + rate + "-", options.seed() + rate),
                            rate, options.durationSeconds(), sender, store));
                }
                if (!options.runs(Part.E2E)) {
                    cpuAfter = sampling ? sampler.cpuSeconds() : Map.of();
                    articles = options.rates().stream().mapToLong(r -> (long) r * options.durationSeconds()).sum();
                }
            }
            if (sampling) {
                sampler.sample();
                processes.addAll(usage(sampler, cpuBefore, cpuAfter, articles));
            }
        }
    }

    private void search() throws Exception {
        say("search: %,d generated articles in the read store (loaded once, kept), %d requests of each kind ...",
                options.searchArticles(), options.searchRequests());
        try (Connection connection = database()) {
            SearchBenchmark.Result result = SearchBenchmark.measure(connection, "http://127.0.0.1:" + env.portOf("publish"),
                    options.searchArticles(), options.searchRequests(), options.smoke() ? 3 : 40);
            measures.addAll(result.measures());
        }
    }

    private static List<ProcessUsage> usage(ProcessSampler sampler, Map<String, Double> before, Map<String, Double> after,
            long articles) {
        Map<String, Double> rss = sampler.peakRssMb();
        Map<String, Double> heap = sampler.peakHeapMb();
        List<ProcessUsage> usage = new ArrayList<>();
        sampler.pids().forEach((name, pid) -> {
            double cpu = after.getOrDefault(name, Double.NaN) - before.getOrDefault(name, Double.NaN);
            usage.add(new ProcessUsage(name, pid, cpu, articles > 0 && !Double.isNaN(cpu) ? cpu * 1000 / articles : null,
                    rss.get(name), heap.get(name)));
        });
        return usage;
    }

    private Report report(Instant started, String loadBefore, List<ProcessUsage> processes) {
        Measure producer = find("baseline.producer");
        Measure e2e = find("e2e");
        Measure publish = find("e2e.publish");
        Measure upsert = find("baseline.upsert");
        Double e2eOverProducer = producer != null && e2e != null ? e2e.perSecond() / producer.perSecond() : null;
        Double publishOverUpsert = publish != null && upsert != null ? publish.perSecond() / upsert.perSecond() : null;
        String up = System.getProperty("newsflow.bench.upSeconds", "");
        Double upSeconds = up.isBlank() ? null : Double.valueOf(up);
        if (upSeconds == null) {
            notes.add("the stack was already running: `up` time not measured");
        }
        if (e2e != null && e2e.seconds() != null && !processes.isEmpty()) {
            notes.add(busyNote(e2e, processes));
        }
        notes.add(String.format(Locale.ROOT, "%d CPUs, load average %s before and %s after; the bench's own JVM "
                + "(generator, HTTP clients) shares the CPUs with the stack", Runtime.getRuntime().availableProcessors(),
                loadBefore, load()));
        for (String failure : failures) {
            notes.add("FAILED " + failure);
        }
        Report.RunInfo run = new Report.RunInfo(runId, started.toString(),
                (System.currentTimeMillis() - started.toEpochMilli()) / 1000.0, options.partsText(), options.articles(),
                options.seed(), options.smoke(), Runtime.getRuntime().availableProcessors(), loadBefore + " -> " + load(),
                upSeconds, System.getProperty("java.version"));
        Report draft = new Report(run, List.copyOf(measures), new LinkedHashMap<>(stages), List.copyOf(processes),
                e2eOverProducer, publishOverUpsert, List.of(), List.copyOf(notes));
        return new Report(run, draft.measures(), draft.stagesMs(), draft.processes(), e2eOverProducer, publishOverUpsert,
                Targets.check(draft, options), draft.notes());
    }

    /**
     * Which stage limits the end-to-end rate: how many cores the stack kept busy, and what the
     * publish stage costs per article. publish-service writes a poll on one database session,
     * statement after statement, so its CPU and PostgreSQL's (nearly all of it that session's) add
     * up to one article's time there.
     */
    private static String busyNote(Measure e2e, List<ProcessUsage> processes) {
        double cpu = 0;
        double publishStage = 0;
        for (ProcessUsage p : processes) {
            cpu += Double.isNaN(p.cpuSeconds()) ? 0 : p.cpuSeconds();
            if ((p.name().equals("publish") || p.name().equals("postgres")) && p.cpuMsPerArticle() != null) {
                publishStage += p.cpuMsPerArticle();
            }
        }
        return String.format(Locale.ROOT, "during the end-to-end run the stack kept %.2f of %d CPUs busy; the publish "
                + "stage (publish-service plus PostgreSQL, written on one session) took %.2f ms of CPU per article: "
                + "at most %.0f articles/s", cpu / e2e.seconds(), Runtime.getRuntime().availableProcessors(), publishStage,
                publishStage > 0 ? 1000 / publishStage : Double.NaN);
    }

    private Measure find(String key) {
        return measures.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection(env.databaseUrl(), env.databaseUser(), env.databasePassword());
    }

    private interface Step {
        void run() throws Exception;
    }

    private void part(String name, Step step) {
        try {
            step.run();
        } catch (Exception | Error e) {
            failures.add(name + ": " + e);
            System.err.println("newsflow bench: " + name + " failed: " + e);
            if (System.getenv("NEWSFLOW_BENCH_TRACE") != null) {
                e.printStackTrace();
            }
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("newsflow bench: " + String.format(Locale.ROOT, format, args));
    }
}
