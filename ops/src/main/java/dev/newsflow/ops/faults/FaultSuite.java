package dev.newsflow.ops.faults;

import dev.newsflow.ops.faults.Verifier.Lag;
import dev.newsflow.ops.faults.Verifier.Row;
import dev.newsflow.ops.faults.Verifier.Stored;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./newsflow faults}: sends articles through the real stack at a fixed rate while killing
 * every process with SIGKILL (each service at least twice, the broker once), stopping PostgreSQL
 * for a while and injecting poison records; then waits for the consumers to catch up and checks
 * that every acknowledged article is in the read store exactly once at its last acknowledged
 * version, that no event went backwards or was duplicated, and that every poison record was
 * dead-lettered with its original bytes. Prints a table and exits non-zero on any violation.
 */
public final class FaultSuite {

    private final Options options;
    private final Stack stack;
    private final long t0 = System.nanoTime();
    private final List<String> problems = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();

    private FaultSuite(Options options, Stack stack) {
        this.options = options;
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = Path.of(System.getProperty("newsflow.root", ".")).toAbsolutePath().normalize();
        Path log = Stack.state(root).resolve("logs").resolve("faults.log");
        Files.createDirectories(log.getParent());
        System.exit(new FaultSuite(options, new Stack(root, log)).run());
    }

    private int run() throws Exception {
        String run = "f" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"))
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String prefix = "fault-" + run + "-";
        var plan = ArticlePlan.of(prefix, options.articles, 0.10, 0.30, run.hashCode());
        System.out.printf("fault suite %s: %d articles (%d sends, ~10%% in 2-3 versions) at %.0f/s, %s; launcher output in %s%n",
                run, options.articles, plan.size(), options.rate, options.reduced ? "reduced" : "full", stack.log());

        List<String> before = stack.running();
        List<String> startedHere = Stack.COMPONENTS.stream().filter(n -> !before.contains(n)).toList();
        int rc;
        try {
            if (!startedHere.isEmpty()) {
                step("starting " + String.join(" ", startedHere), () -> stack.start(startedHere.toArray(String[]::new)));
            }
            rc = exercise(run, prefix, plan);
        } finally {
            if (!startedHere.isEmpty()) {
                System.out.printf("%s stopping what the suite started: %s%n", at(), String.join(" ", startedHere));
                stack.down(startedHere.toArray(String[]::new));
            } else {
                System.out.println("The stack keeps running; enrich-service now runs with NEWSFLOW_FAULT_INJECTION=true "
                        + "(restart it with ./newsflow down enrich && ./newsflow up enrich to drop that).");
            }
        }
        return rc;
    }

    private int exercise(String run, String prefix, List<ArticlePlan.Send> plan) throws Exception {
        Env env = Env.read();
        var sender = new ArticleSender(run, env.ingestUrl, env.apiKey);
        long sendBudget = (long) (plan.size() / options.rate) + 600;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(sendBudget);
        try (var poison = new PoisonInjector(env.bootstrap, prefix)) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    sender.sendAll(plan, options.rate, options.workers, deadline);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            int pass = 0;
            do {
                pass++;
                faultPass(pass, poison);
            } while (!sending.isDone() && System.nanoTime() < deadline);
            sending.get(sendBudget + 60, TimeUnit.SECONDS);
            System.out.printf("%s sending done: %d of %d sends acknowledged, %d retries, %d rejected, %d given up%n", at(),
                    sender.ackedSends.get(), plan.size(), sender.retries.get(), sender.rejected.get(), sender.gaveUp.get());
            sender.problems.stream().limit(10).forEach(p -> problems.add("sender: " + p));

            var verifier = new Verifier(env.bootstrap, env.databaseUrl, env.databaseUser, env.databasePassword);
            Lag enrichLag;
            Lag publishLag;
            Map<String, Stored> stored;
            long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.drainSeconds);
            long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                enrichLag = lag(verifier, env.enrichGroup, dev.newsflow.contracts.Topics.RAW);
                publishLag = lag(verifier, "newsflow-publish", dev.newsflow.contracts.Topics.ENRICHED);
                Map<String, Stored> rowsNow = verifier.stored(prefix);
                stored = rowsNow;
                long missing = sender.acknowledged.keySet().stream().filter(id -> !rowsNow.containsKey(id)).count();
                // a transaction left open by a killed enrich-service hides what was written after it
                int open = openTransactions(verifier, dev.newsflow.contracts.Topics.ENRICHED);
                boolean caughtUp = enrichLag.records() == 0 && publishLag.records() == 0 && open == 0;
                if (!caughtUp && System.nanoTime() > nextProgress) {
                    System.out.printf("%s draining: lag enrich %d, publish %d, open transactions %d; %d acknowledged ids "
                            + "not yet in the store%n", at(), enrichLag.records(), publishLag.records(), open, missing);
                    nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                }
                if (caughtUp || System.nanoTime() > drainDeadline) {
                    System.out.printf("%s %s: lag enrich %d, publish %d; %d acknowledged ids not (yet) in the store%n", at(),
                            caughtUp ? "drained" : "gave up waiting", enrichLag.records(), publishLag.records(), missing);
                    break;
                }
                TimeUnit.SECONDS.sleep(3);
            }
            problems.addAll(lagProblems.values());
            List<Row> rows = Verifier.concat(List.of(
                    List.of(new Row("sends acknowledged (2xx)", sender.ackedSends.get(), null),
                            new Row("sends rejected (4xx)", sender.rejected.get(), 0L),
                            new Row("sends given up (never acknowledged)", sender.gaveUp.get(), null)),
                    verifier.storeRows(sender.acknowledged, sender.attempted, stored),
                    verifier.derivedRows(prefix),
                    verifier.publishedRows(prefix, stored),
                    verifier.poisonRows(poison.injected),
                    Verifier.lagRows(enrichLag, publishLag)));
            return report(rows);
        }
    }

    private final Map<String, String> lagProblems = new java.util.TreeMap<>();

    /** Partitions of the topic with an open transaction, or 1 (not caught up) when that cannot be read. */
    private int openTransactions(Verifier verifier, String topic) throws InterruptedException {
        try {
            int open = verifier.openTransactions(topic);
            lagProblems.remove(topic);
            return open;
        } catch (IllegalStateException e) {
            lagProblems.put(topic, e.getMessage());
            return 1;
        }
    }

    /** The group's lag, or -1 (not caught up) when it cannot be read; the last such reason is reported. */
    private Lag lag(Verifier verifier, String group, String topic) throws InterruptedException {
        try {
            Lag lag = verifier.lag(group, topic);
            lagProblems.remove(group);
            return lag;
        } catch (RuntimeException e) {
            lagProblems.put(group, "lag of " + group + ": " + e.getMessage());
            return new Lag(-1, -1);
        }
    }

    /**
     * One round of faults: each service killed twice (once alone, once all three together), the
     * broker killed once, PostgreSQL stopped, poison injected after enrich-service came back.
     */
    private void faultPass(int pass, PoisonInjector poison) throws InterruptedException {
        pause();
        killAndRestart("ingest");
        pause();
        killAndRestart("enrich");
        step("inject poison round " + pass, () -> poison.injectRound(pass));
        pause();
        killAndRestart("publish");
        pause();
        killAndRestart("kafka");
        pause();
        step("stop postgres for " + options.outageSeconds + " s", () -> {
            stack.down("postgres");
            TimeUnit.SECONDS.sleep(options.outageSeconds);
            stack.up("postgres");
        });
        faults.add("postgres down " + options.outageSeconds + " s");
        pause();
        step("kill -9 ingest enrich publish together", () -> {
            for (String s : List.of("ingest", "enrich", "publish")) {
                stack.kill(s);
            }
            stack.up("ingest", "enrich", "publish");
        });
        faults.add("kill -9 ingest+enrich+publish");
    }

    private void killAndRestart(String name) throws InterruptedException {
        step("kill -9 " + name, () -> {
            stack.kill(name);
            stack.up(name);
        });
        faults.add("kill -9 " + name);
    }

    private void pause() throws InterruptedException {
        TimeUnit.SECONDS.sleep(options.gapSeconds);
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Runs one step; a failed step is a violation, and the suite tries to bring the stack back before going on. */
    private void step(String what, Action action) throws InterruptedException {
        long start = System.nanoTime();
        System.out.printf("%s %s ...%n", at(), what);
        try {
            action.run();
            System.out.printf("%s %s: done in %.1f s%n", at(), what, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            problems.add(what + ": " + e.getMessage());
            System.out.printf("%s %s FAILED: %s; bringing the stack back up%n", at(), what, e.getMessage());
            try {
                stack.up();
            } catch (RuntimeException again) {
                problems.add("could not bring the stack back: " + again.getMessage());
            }
        }
    }

    private int report(List<Row> rows) {
        System.out.println();
        System.out.printf("faults: %s%n", String.join(", ", faults));
        System.out.printf("%-42s %10s %10s  %s%n", "check", "count", "expected", "result");
        boolean ok = problems.isEmpty();
        for (Row r : rows) {
            System.out.printf("%-42s %10d %10s  %s%n", r.check(), r.count(), r.expected() == null ? "-" : r.expected(),
                    r.expected() == null ? "" : r.ok() ? "ok" : "VIOLATION");
            ok &= r.ok();
        }
        problems.forEach(p -> System.out.println("problem: " + p));
        System.out.printf("%nfault suite: %s (%.0f s)%n", ok ? "PASSED" : "FAILED", (System.nanoTime() - t0) / 1e9);
        return ok ? 0 : 1;
    }

    private String at() {
        return String.format("[%6.1fs]", (System.nanoTime() - t0) / 1e9);
    }

    /** How to reach the stack: the launcher's environment variables, with its defaults. */
    private record Env(String bootstrap, String ingestUrl, String apiKey, String databaseUrl, String databaseUser,
            String databasePassword, String enrichGroup) {

        static Env read() {
            Map<String, String> e = System.getenv();
            return new Env(e.getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                    "http://127.0.0.1:" + e.getOrDefault("INGEST_PORT", "8081"),
                    e.getOrDefault("NEWSFLOW_API_KEY", ""),
                    e.getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/newsflow"),
                    e.getOrDefault("DATABASE_USER", "newsflow"),
                    e.getOrDefault("DATABASE_PASSWORD", "newsflow"),
                    e.getOrDefault("ENRICH_GROUP_ID", "newsflow-enrich"));
        }
    }

    /** The command line: --articles N --rate R --reduced --outage S --workers W --gap S --drain S. */
    private static final class Options {
        int articles = 10_000;
        double rate = 50;
        boolean reduced;
        int outageSeconds = 30;
        int workers = 16;
        int gapSeconds = 8;
        int drainSeconds = 600;

        static Options parse(String[] args) {
            Options o = new Options();
            for (String a : args) {
                if (a.equals("--reduced")) {
                    o.reduced = true;
                    o.articles = 600;
                    o.rate = 3;
                    o.outageSeconds = 10;
                    o.gapSeconds = 3;
                    o.drainSeconds = 240;
                }
            }
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reduced" -> { }
                    case "--articles" -> o.articles = Integer.parseInt(args[++i]);
                    case "--rate" -> o.rate = Double.parseDouble(args[++i]);
                    case "--outage" -> o.outageSeconds = Integer.parseInt(args[++i]);
                    case "--workers" -> o.workers = Integer.parseInt(args[++i]);
                    case "--gap" -> o.gapSeconds = Integer.parseInt(args[++i]);
                    case "--drain" -> o.drainSeconds = Integer.parseInt(args[++i]);
                    default -> {
                        System.err.println("usage: ./newsflow faults [--articles N] [--rate R] [--reduced] [--outage S] "
                                + "[--workers W] [--gap S] [--drain S]");
                        System.exit(2);
                    }
                }
            }
            return o;
        }
    }
}
