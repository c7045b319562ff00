package dev.newsflow.bench.search;

import dev.newsflow.bench.report.Measure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search, filter and stream latency of a running publish-service over a store of N articles.
 *
 * <pre>
 * java -cp bench/target/classes:bench/target/lib/* dev.newsflow.bench.search.SearchBenchmark \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/newsflow --user newsflow --password newsflow \
 *     --base-url http://127.0.0.1:8083 [--articles 200000] [--requests 100] [--stream 40] [--out search.json]
 * </pre>
 *
 * The database must hold publish-service's schema (start the service against it once). Articles
 * are loaded once; a second run reuses them. {@code ./newsflow bench --parts search} runs the same
 * against the local stack (see {@link #measure}).
 */
public final class SearchBenchmark {

    /** The p95 the issue sets for every search and filter request, over {@link #TARGET_ARTICLES} articles. */
    public static final double TARGET_P95_MS = 100;
    public static final int TARGET_ARTICLES = 200_000;
    static final String KEY_PREFIX = "search.";

    private SearchBenchmark() {
    }

    /**
     * What one run measured.
     *
     * @param articles bench articles in the store
     * @param http histograms (microseconds) per kind of request, and "all"
     * @param stream commit to SSE event, microseconds
     */
    public record Result(int articles, Map<String, Histogram> http, Histogram stream) {

        /** One measure per kind of request and one for the stream, keyed {@code search.<kind>}. */
        public List<Measure> measures() {
            List<Measure> measures = new ArrayList<>();
            http.forEach((kind, histogram) -> measures.add(measure(kind, histogram)));
            measures.add(measure("stream commit->event", stream));
            return measures;
        }

        private Measure measure(String kind, Histogram histogram) {
            String key = KEY_PREFIX + kind.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
            return new Measure(key, "search: " + kind, histogram.getTotalCount(), null, null, null,
                    ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
                    ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()),
                    kind.equals("all") ? String.format(Locale.ROOT, "%,d bench articles in the store", articles) : null);
        }
    }

    /**
     * Loads the store up to {@code articles} bench articles (once: later runs reuse them), then times
     * {@code requests} requests of each kind and {@code streamed} stream events.
     */
    public static Result measure(Connection connection, String baseUrl, int articles, int requests, int streamed)
            throws Exception {
        BenchCorpus corpus = new BenchCorpus();
        long start = System.nanoTime();
        int added = corpus.load(connection, articles);
        int present = BenchCorpus.count(connection);
        System.out.printf("  %,d added in %.1f s; %,d present%n", added, (System.nanoTime() - start) / 1e9, present);
        System.out.printf("HTTP: %d requests of each kind against %s ...%n", requests, baseUrl);
        Map<String, Histogram> http = new HttpLatencies(baseUrl).run(requests, Math.max(5, requests / 10));
        System.out.printf("Stream: %d articles committed one at a time ...%n", streamed);
        Histogram stream = new StreamLatency(baseUrl, corpus).run(connection, streamed);
        return new Result(present, http, stream);
    }

    static final String USAGE = """
            Usage: java -cp "bench/target/classes:bench/target/lib/*" dev.newsflow.bench.search.SearchBenchmark \\
                       [--jdbc URL] [--user U] [--password P] [--base-url URL] [--articles N] [--requests N] \\
                       [--stream N] [--out PATH]
              --jdbc URL       the read store (default jdbc:postgresql://127.0.0.1:5432/newsflow); it must hold
                               publish-service's schema: start the service against it once
              --base-url URL   the publish-service using that store (default http://127.0.0.1:8083)
              --articles N     generated bench articles the store is filled up to (default 200000); loaded once,
                               a later run adds only what is missing
              --requests N     timed requests of each kind (default 100), after a warm-up of a tenth of them
              --stream N       articles committed one at a time while a stream client waits for them (default 40)
              --out PATH       the JSON report (default search-bench.json)
            The same runs as `./newsflow bench --parts search` against the local stack.
            """;

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Map<String, String> options = options(args);
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/newsflow");
        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8083");
        int articles = Integer.parseInt(options.getOrDefault("articles", "200000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "100"));
        int streamed = Integer.parseInt(options.getOrDefault("stream", "40"));
        Path out = Path.of(options.getOrDefault("out", "search-bench.json"));

        try (Connection connection = DriverManager.getConnection(jdbc, options.getOrDefault("user", "newsflow"),
                options.getOrDefault("password", "newsflow"))) {
            System.out.printf("Store: %s, target %,d bench articles%n", jdbc, articles);
            Result result = measure(connection, baseUrl, articles, requests, streamed);

            Map<String, Object> report = new LinkedHashMap<>();
            report.put("articles", result.articles());
            Map<String, Object> httpReport = new LinkedHashMap<>();
            System.out.printf("%n%-28s %7s %9s %9s %9s %9s%n", "request (ms)", "n", "p50", "p95", "p99", "max");
            result.http().forEach((kind, histogram) -> httpReport.put(kind, row(kind, histogram)));
            report.put("http", httpReport);
            report.put("stream", row("stream commit->event", result.stream()));
            Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            System.out.println("\nWritten to " + out.toAbsolutePath());
        }
    }

    private static Map<String, Object> row(String name, Histogram histogram) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("count", histogram.getTotalCount());
        row.put("p50Ms", ms(histogram.getValueAtPercentile(50)));
        row.put("p95Ms", ms(histogram.getValueAtPercentile(95)));
        row.put("p99Ms", ms(histogram.getValueAtPercentile(99)));
        row.put("maxMs", ms(histogram.getMaxValue()));
        System.out.printf("%-28s %7d %9.2f %9.2f %9.2f %9.2f%n", name, histogram.getTotalCount(), row.get("p50Ms"),
                row.get("p95Ms"), row.get("p99Ms"), row.get("maxMs"));
        return row;
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
