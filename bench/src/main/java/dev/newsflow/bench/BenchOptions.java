package dev.newsflow.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of {@code ./newsflow bench}. {@code --smoke} shrinks every part to seconds (for
 * CI), unless sizes are also given explicitly.
 *
 * @param json where the report goes; null: .newsflow/bench/bench-TIMESTAMP.json
 */
public record BenchOptions(int articles, List<Integer> rates, int durationSeconds, Set<Part> parts, boolean smoke,
        Path json, long seed, int clients, int batch, int coreArticles, long producerRecords, int upsertRows,
        int searchArticles, int searchRequests) {

    public static final String USAGE = """
            Usage: ./newsflow bench [--articles N] [--rates R,R,...] [--duration S] [--parts P,P,...] [--seed N]
                                    [--clients N] [--batch N] [--search-articles N] [--search-requests N]
                                    [--json PATH] [--smoke]
              --articles N    articles of the end-to-end run (default 20000; the issue's target run: 100000)
              --rates R,...   offered rates of the latency runs, articles/s (default 100,500,1000)
              --duration S    seconds of each latency run (default 20)
              --parts P,...   baseline,core,e2e,latency,resources,search (default all)
              --seed N        generator seed (default 42): same seed, same articles
              --clients N     concurrent HTTP clients of the end-to-end run (default 4)
              --batch N       articles per request of the end-to-end run (default 500)
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
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        int n = articles != null ? articles : smoke ? 200 : 20_000;
        return new BenchOptions(n, rates != null ? rates : smoke ? List.of(50) : List.of(100, 500, 1000),
                duration != null ? duration : smoke ? 2 : 20, parts, smoke, json, seed, clients,
                smoke ? Math.min(batch, 100) : batch,
                smoke ? 200 : Math.min(n, 10_000), smoke ? 1_000 : Math.max(n, 50_000), smoke ? 200 : Math.min(n, 10_000),
                searchArticles != null ? searchArticles : smoke ? 500 : 20_000,
                searchRequests != null ? searchRequests : smoke ? 3 : 50);
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
