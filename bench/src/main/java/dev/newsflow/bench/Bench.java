package dev.newsflow.bench;

import dev.newsflow.bench.baseline.BenchTopic;
import dev.newsflow.bench.baseline.BulkUpsert;
import dev.newsflow.bench.baseline.KafkaTools;
import dev.newsflow.bench.baseline.ToolOutput;
import dev.newsflow.bench.core.CoreBench;
import dev.newsflow.bench.core.HtmlBench;
import dev.newsflow.bench.e2e.BatchSender;
import dev.newsflow.bench.e2e.DeadLetters;
import dev.newsflow.bench.e2e.FixedRate;
import dev.newsflow.bench.e2e.MaxRate;
import dev.newsflow.bench.e2e.ReadStore;
import dev.newsflow.bench.input.ArticleSource;
import dev.newsflow.bench.input.GeneratedText;
import dev.newsflow.bench.input.RealCorpus;
import dev.newsflow.bench.input.RealText;
import dev.newsflow.bench.memory.MemoryBounds;
import dev.newsflow.bench.report.Budget;
import dev.newsflow.bench.report.CpuFigures;
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
import java.util.stream.Collectors;

/**
 * {@code ./newsflow bench}: runs the selected parts against the running local stack, prints one table
 * and writes the same as JSON. A part that fails is reported and the others still run; the exit status
 * is non-zero when any part failed (with {@code --smoke}: also when a part produced no figures).
 */
public final class Bench {

    /** The HTML pages the budget is about: real pages of 100 KB to 1 MB. */
    static final int HTML_MIN_BYTES = 100_000;
    static final int HTML_MAX_BYTES = 1_000_000;

    private final BenchOptions options;
    private final BenchEnvironment env;
    private final String runId;
    private final Path logDir;
    private final List<Measure> measures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<CpuFigures> cpu = new ArrayList<>();
    private final List<Budget> budgets = new ArrayList<>();
    private Map<String, Double> stages = Map.of();
    private CoreBench.Result core;
    private MemoryBounds.Result memory;
    private RealCorpus corpus;
    private Report.Input input;

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
        if (options.corpus() != null && !Files.isDirectory(options.corpus())) {
            System.err.println("newsflow bench: --corpus " + options.corpus() + " is not a directory");
            return 2;
        }
        Instant started = Instant.now();
        String loadBefore = load();
        say("run %s: parts %s, %d articles end to end, rates %s/s for %d s each, seed %d%s", runId, options.partsText(),
                options.articles(), options.rates(), options.durationSeconds(), options.seed(), options.smoke() ? " (smoke)" : "");
        Files.createDirectories(logDir);
        part("input", this::readCorpus);
        if (options.runs(Part.CORE)) {
            part("core", this::core);
        }
        if (options.runs(Part.MEMORY)) {
            part("memory", this::memory);
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

    /** The real text of this run: the corpus given, else the default one when present; none: generated text. */
    private void readCorpus() {
        Path dir = options.corpus();
        if (dir == null && !options.noCorpus()) {
            Path fallback = env.home().resolve(BenchOptions.DEFAULT_CORPUS).normalize();
            dir = Files.isDirectory(fallback) ? fallback : null;
        }
        if (dir != null) {
            corpus = RealCorpus.read(dir);
            if (corpus.pieces().isEmpty()) {
                notes.add("the corpus " + dir + " holds no story text of article size: generated text instead");
                corpus = null;
            }
        }
        if (corpus != null) {
            input = new Report.Input(true, new RealText(corpus, RealText.Shape.MIXED, options.seed()).description() + "; "
                    + corpus.pages().size() + " HTML pages, " + corpus.pages(HTML_MIN_BYTES, HTML_MAX_BYTES).size()
                    + " of them 100 KB to 1 MB");
            say("input: %s", input.description());
        } else {
            input = new Report.Input(false, "NOT REAL TEXT: generated text only (" + (options.noCorpus() ? "--corpus none"
                    : "no corpus at " + env.home().resolve(BenchOptions.DEFAULT_CORPUS).normalize()
                    + "; give one with --corpus DIR") + ")");
            say("input: %s", input.description());
            System.out.println("newsflow bench: WARNING: the figures of this run are NOT real text: they understate the "
                    + "cost of real news (about 1.7x end to end)");
            notes.add(input.description() + ": the figures understate the cost of real news");
        }
    }

    /** An endless source of ~3 KB text articles: real (story and scraped shapes in turn) when a corpus is there. */
    private ArticleSource text(long seed) {
        return corpus != null ? new RealText(corpus, RealText.Shape.MIXED, seed) : new GeneratedText(seed);
    }

    private static List<RawArticle> take(ArticleSource source, int count) {
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(source.next());
        }
        return articles;
    }

    private void core() {
        int n = options.coreArticles();
        int warmup = options.smoke() ? 100 : 1_500;
        List<CoreBench.Set> sets = new ArrayList<>();
        if (corpus != null) {
            sets.add(new CoreBench.Set("core.text", "real 3 KB text, story as told",
                    take(new RealText(corpus, RealText.Shape.STORY, options.seed()), n)));
            sets.add(new CoreBench.Set("core.scraped", "real 3 KB text, scraped with furniture",
                    take(new RealText(corpus, RealText.Shape.SCRAPED, options.seed() + 1), n)));
        }
        sets.add(new CoreBench.Set("core.generated", "generated 3 KB text" + (corpus == null ? " (NOT real text)" : ""),
                take(new GeneratedText(options.seed()), n)));
        say("enrichment core: %d articles of each of %d sets (%s) on one thread, in turn ...", n, sets.size(),
                sets.stream().map(CoreBench.Set::label).collect(Collectors.joining(", ")));
        List<CoreBench.Result> results = CoreBench.run(sets, warmup);
        for (int i = 0; i < sets.size(); i++) {
            CoreBench.Result result = results.get(i);
            if (!result.failures().isEmpty()) {
                notes.add(String.format(Locale.ROOT, "%s: enrichment threw on %d of %d articles (left out of the figures): %s",
                        sets.get(i).key(), result.failures().size(), n, String.join("; ", result.failures().subList(0,
                                Math.min(3, result.failures().size())))));
            }
            measures.add(result.measure());
            cpu.add(result.cpu());
        }
        core = results.get(0);
        stages = core.cpu().stagesMs();
        if (corpus != null) {
            List<RealCorpus.Page> pages = corpus.pages(HTML_MIN_BYTES, HTML_MAX_BYTES);
            if (options.smoke()) {
                pages = pages.subList(0, Math.min(5, pages.size()));
            }
            if (!pages.isEmpty()) {
                say("html: %d real pages of 100 KB to 1 MB, %d rounds: enrichment, Readability4J, jsoup parse ...",
                        pages.size(), options.htmlRounds());
                HtmlBench.Result html = HtmlBench.run(pages, options.smoke() ? 1 : 2, options.htmlRounds(), "100 KB to 1 MB");
                cpu.addAll(List.of(html.enrich(), html.readability(), html.jsoup()));
                html.failed().forEach(f -> notes.add("html: failed: " + f));
            }
        }
        budgets.addAll(Budgets.cpu(cpu, corpus != null));
    }

    private void memory() throws IOException {
        ArticleSource source = text(options.seed() + 11);
        List<RealCorpus.Page> pages = corpus != null ? corpus.pages(0, HTML_MAX_BYTES) : List.of();
        say("memory: %d articles (1 in 10 an HTML page) over 2,000 sources, heap after GC at 10 points ...",
                options.memoryArticles());
        memory = MemoryBounds.run(source, pages, options.seed(), options.memoryArticles(), 2_000, 10, line -> { });
        memory.samples().forEach(line -> notes.add("memory: " + line));
        budgets.add(Budgets.memory(memory, corpus != null));
    }

    private void kafkaBaseline() throws Exception {
        Path payloads = logDir.resolve("payloads.ndjson");
        BenchArticles generator = new BenchArticles("bench-" + runId + "-p-", options.seed(), text(options.seed()));
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
            BenchArticles generator = new BenchArticles("upsert-", options.seed(), text(options.seed()));
            List<RawArticle> raw = new ArrayList<>();
            for (int i = 0; i < options.upsertRows(); i++) {
                raw.add(generator.next());
            }
            rows = CoreBench.run("upsert", "upsert rows", raw, 0).enriched();
        }
        say("postgres bulk upsert: %d rows over one connection ...", rows.size());
        try (Connection connection = database()) {
            measures.add(new BulkUpsert(connection).run(runId, rows));
        }
    }

    private void pipeline(List<ProcessUsage> processes) throws Exception {
        BatchSender sender = new BatchSender(env.ingestUrl(), env.apiKey());
        DeadLetters deadLetters = new DeadLetters(env.kafkaBootstrap());
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
            MaxRate.run(new BenchArticles("bench-" + runId + "-w-", options.seed() + 7, text(options.seed() + 7)), warmup,
                    Math.min(options.batch(), 100), 2, sender, store, deadLetters, "e2e.warmup", "warm-up");
            Map<String, Double> cpuBefore = sampling ? sampler.cpuSeconds() : Map.of();
            Map<String, Double> cpuAfter = null;
            long articles = 0;
            boolean real = corpus != null && options.e2eInput().real();
            if (options.runs(Part.E2E) && real) {
                say("end to end, real text: %d articles, %d clients, batches of %d ...", options.articles(), options.clients(),
                        options.batch());
                MaxRate.Result result = MaxRate.run(new BenchArticles("bench-" + runId + "-e2e-", options.seed() + 1,
                        text(options.seed() + 1)), options.articles(), options.batch(), options.clients(), sender, store,
                        deadLetters, "e2e", "real text");
                measures.add(result.endToEnd());
                measures.add(result.publish());
                articles = options.articles();
                cpuAfter = sampling ? sampler.cpuSeconds() : Map.of();
            }
            if (options.runs(Part.E2E) && (corpus == null || options.e2eInput().generated())) {
                say("end to end, generated text: %d articles, %d clients, batches of %d ...", options.articles(),
                        options.clients(), options.batch());
                MaxRate.Result result = MaxRate.run(new BenchArticles("bench-" + runId + "-gen-", options.seed() + 1,
                        new GeneratedText(options.seed() + 1)), options.articles(), options.batch(), options.clients(),
                        sender, store, deadLetters, real ? "e2e.generated" : "e2e",
                        corpus == null ? "generated text, NOT real" : "generated text");
                measures.add(result.endToEnd());
                measures.add(result.publish());
                if (cpuAfter == null) {
                    articles = options.articles();
                    cpuAfter = sampling ? sampler.cpuSeconds() : Map.of();
                } else if (sampling) {
                    // the same stack's CPU per article on both inputs: a ratio the machine's other load barely moves
                    double realCpu = total(cpuBefore, cpuAfter);
                    double generatedCpu = total(cpuAfter, sampler.cpuSeconds());
                    notes.add(String.format(Locale.ROOT, "stack CPU per article end to end: real text %.2f ms, generated "
                            + "text %.2f ms: real text costs %.2fx", realCpu * 1000 / options.articles(),
                            generatedCpu * 1000 / options.articles(), realCpu / generatedCpu));
                }
            }
            if (cpuAfter == null) {
                cpuAfter = sampling ? sampler.cpuSeconds() : Map.of();
            }
            if (options.runs(Part.LATENCY)) {
                for (int rate : options.rates()) {
                    say("latency at %d articles/s for %d s ...", rate, options.durationSeconds());
                    measures.add(FixedRate.run(new BenchArticles("bench-" + runId + "-r" + rate + "-", options.seed() + rate,
                            text(options.seed() + rate)), rate, options.durationSeconds(), sender, store, deadLetters));
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

    private static double total(Map<String, Double> before, Map<String, Double> after) {
        double sum = 0;
        for (Map.Entry<String, Double> process : after.entrySet()) {
            Double start = before.get(process.getKey());
            if (start != null && !start.isNaN() && !process.getValue().isNaN()) {
                sum += process.getValue() - start;
            }
        }
        return sum;
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
        if (upSeconds == null && options.needsStack()) {
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
        Measure generatedE2e = find("e2e.generated");
        if (e2e != null && generatedE2e != null) {
            notes.add(String.format(Locale.ROOT, "end to end, generated text ran at %.2fx the rate of real text "
                    + "(%.0f vs %.0f articles/s)", generatedE2e.perSecond() / e2e.perSecond(), generatedE2e.perSecond(),
                    e2e.perSecond()));
        }
        // smoke sizes leave the JIT cold: the figures are shown, not judged
        List<Budget> judged = options.smoke() ? budgets.stream().map(b -> new Budget(b.key(), b.budget(), b.valueMs(),
                b.limitMs(), b.baseline(), b.ratio(), b.measured() + " (smoke sizes)", null)).toList() : List.copyOf(budgets);
        Report draft = new Report(run, input, List.copyOf(measures), new LinkedHashMap<>(stages), List.copyOf(cpu),
                judged, List.copyOf(processes), e2eOverProducer, publishOverUpsert, List.of(), List.copyOf(notes));
        return new Report(run, input, draft.measures(), draft.stagesMs(), draft.cpu(), draft.budgets(), draft.processes(),
                e2eOverProducer, publishOverUpsert, Targets.check(draft, options), draft.notes());
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
