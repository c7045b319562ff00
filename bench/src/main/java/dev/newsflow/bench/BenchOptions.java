package dev.newsflow.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of {@code ./newsflow bench}. {@code --smoke} shrinks every part to seconds (for
 * CI), unless sizes are also given explicitly.
 *
 * @param json where the report goes; null: .newsflow/bench/bench-TIMESTAMP.json
 * @param corpus the folder of real pages; null: the default corpus if present ({@link #DEFAULT_CORPUS})
 * @param noCorpus generated text only ({@code --corpus none})
 * @param coreArticles articles of each text set the core part times
 * @param htmlRounds timed rounds over the HTML pages in the core part
 */
public record BenchOptions(int articles, List<Integer> rates, int durationSeconds, Set<Part> parts, boolean smoke,
        Path json, long seed, int clients, int batch, int coreArticles, long producerRecords, int upsertRows,
        int searchArticles, int searchRequests, Path corpus, boolean noCorpus, E2eInput e2eInput, int htmlRounds,
        int memoryArticles) {

    /** The corpus read when none is given, relative to the repository (the development corpus beside it). */
    public static final String DEFAULT_CORPUS = "../shared/corpora/readability-test-pages";

    /** What the end-to-end part sends when a corpus is there (without one: generated text). */
    public enum E2eInput {
        REAL, GENERATED, BOTH;

        boolean real() {
            return this != GENERATED;
        }

        boolean generated() {
            return this != REAL;
        }
    }

    public static final String USAGE = """
            Usage: ./newsflow bench [--corpus DIR|none] [--articles N] [--e2e-input real|generated|both]
                                    [--rates R,R,...] [--duration S] [--parts P,P,...] [--seed N]
                                    [--clients N] [--batch N] [--core-articles N] [--html-rounds N]
                                    [--memory-articles N] [--search-articles N] [--search-requests N]
                                    [--json PATH] [--smoke]
              --corpus DIR    real pages to measure with, in the layout ./newsflow eval reads (a folder per page with
                              source.html and expected.html); default ../shared/corpora/readability-test-pages when
                              present. Its pages are timed as they are; their story text, cut into ~3 KB articles
                              (as told and as scraped, with the page's furniture) and varied on every pass, is what
                              the core, memory and end-to-end parts enrich. none: generated text only (the report
                              then says the figures are NOT real text)
              --articles N    articles of each end-to-end run (default 20000; the issue's target run: 100000)
              --e2e-input X   real, generated or both (default both: the real-text run, then the generated one)
              --rates R,...   offered rates of the latency runs, articles/s (default 100,500,1000)
              --duration S    seconds of each latency run (default 20)
              --parts P,...   baseline,core,e2e,latency,memory,resources,search (default all); core and memory
                              need no running stack
              --seed N        generator seed (default 42): same seed, same articles
              --clients N     concurrent HTTP clients of the end-to-end run (default 4)
              --batch N       articles per request of the end-to-end run (default 500)
              --core-articles N
                              articles of each text set the core part times, one by one (default 3000)
              --html-rounds N rounds over the HTML pages in the core part, per page the median (default 5)
              --memory-articles N
                              articles of the memory part's stream (default 20000)
              --search-articles N
                              generated articles in the read store for the search part (default 20000; the
                              issue's target run: 200000). Loaded once and kept: a later run adds only what is
                              missing (./newsflow reset removes them)
              --search-requests N
                              requests of each kind of search and filter request (default 50)
              --json PATH     where the JSON report goes (default .newsflow/bench/bench-TIMESTAMP.json)
              --smoke         every part in seconds with tiny sizes, checking only that each produced its figures
            """;

    public static BenchOptions parse(String... args) {
        boolean smoke = List.of(args).contains("--smoke");
        Integer articles = null;
        Integer duration = null;
        List<Integer> rates = null;
        Set<Part> parts = EnumSet.allOf(Part.class);
        Path json = null;
        long seed = 42;
        int clients = 4;
        int batch = 500;
        Integer searchArticles = null;
        Integer searchRequests = null;
        Integer coreArticles = null;
        Integer htmlRounds = null;
        Integer memoryArticles = null;
        Path corpus = null;
        boolean noCorpus = false;
        E2eInput e2eInput = E2eInput.BOTH;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--smoke" -> { }
                case "--articles" -> articles = positive(arg, value(args, ++i, arg));
                case "--duration" -> duration = positive(arg, value(args, ++i, arg));
                case "--rates" -> rates = rates(value(args, ++i, arg));
                case "--parts" -> parts = parts(value(args, ++i, arg));
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--clients" -> clients = positive(arg, value(args, ++i, arg));
                case "--batch" -> batch = Math.min(1000, positive(arg, value(args, ++i, arg)));
                case "--search-articles" -> searchArticles = positive(arg, value(args, ++i, arg));
                case "--search-requests" -> searchRequests = positive(arg, value(args, ++i, arg));
                case "--core-articles" -> coreArticles = positive(arg, value(args, ++i, arg));
                case "--html-rounds" -> htmlRounds = positive(arg, value(args, ++i, arg));
                case "--memory-articles" -> memoryArticles = positive(arg, value(args, ++i, arg));
                case "--corpus" -> {
                    String dir = value(args, ++i, arg);
                    noCorpus = dir.equals("none");
                    corpus = noCorpus ? null : Path.of(dir);
                }
                case "--e2e-input" -> e2eInput = e2eInput(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        int n = articles != null ? articles : smoke ? 200 : 20_000;
        return new BenchOptions(n, rates != null ? rates : smoke ? List.of(50) : List.of(100, 500, 1000),
                duration != null ? duration : smoke ? 2 : 20, parts, smoke, json, seed, clients,
                smoke ? Math.min(batch, 100) : batch,
                coreArticles != null ? coreArticles : smoke ? 150 : 3_000,
                smoke ? 1_000 : Math.max(n, 50_000), smoke ? 200 : Math.min(n, 10_000),
                searchArticles != null ? searchArticles : smoke ? 500 : 20_000,
                searchRequests != null ? searchRequests : smoke ? 3 : 50, corpus, noCorpus, e2eInput,
                htmlRounds != null ? htmlRounds : smoke ? 1 : 5,
                memoryArticles != null ? memoryArticles : smoke ? 1_000 : 20_000);
    }

    /** Whether any selected part needs the running stack. */
    public boolean needsStack() {
        return parts.stream().anyMatch(Part::needsStack);
    }

    public boolean runs(Part part) {
        return parts.contains(part);
    }

    public String partsText() {
        return parts.stream().map(Part::key).collect(Collectors.joining(","));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int positive(String option, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive: " + value);
        }
        return n;
    }

    private static E2eInput e2eInput(String value) {
        try {
            return E2eInput.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--e2e-input takes real, generated or both, not '" + value + "'");
        }
    }

    private static List<Integer> rates(String value) {
        List<Integer> rates = new ArrayList<>();
        for (String rate : value.split(",")) {
            rates.add(positive("--rates", rate.strip()));
        }
        return rates;
    }

    private static Set<Part> parts(String value) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String part : value.split(",")) {
            parts.add(Part.of(part));
        }
        return parts;
    }
}
