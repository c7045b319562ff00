package dev.newsflow.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
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
 * are loaded once; a second run reuses them.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/newsflow");
        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8083");
        int articles = Integer.parseInt(options.getOrDefault("articles", "200000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "100"));
        int streamed = Integer.parseInt(options.getOrDefault("stream", "40"));
        Path out = Path.of(options.getOrDefault("out", "search-bench.json"));

        BenchCorpus corpus = new BenchCorpus();
        try (Connection connection = DriverManager.getConnection(jdbc, options.getOrDefault("user", "newsflow"),
                options.getOrDefault("password", "newsflow"))) {
            System.out.printf("Store: %s, target %,d bench articles%n", jdbc, articles);
            long start = System.nanoTime();
            int added = corpus.load(connection, articles);
            System.out.printf("  %,d added in %.1f s; %,d present%n", added, (System.nanoTime() - start) / 1e9,
                    BenchCorpus.count(connection));

            System.out.printf("HTTP: %d requests of each kind against %s ...%n", requests, baseUrl);
            Map<String, Histogram> http = new HttpLatencies(baseUrl).run(requests, Math.max(5, requests / 10));
            System.out.printf("Stream: %d articles committed one at a time ...%n", streamed);
            Histogram stream = new StreamLatency(baseUrl, corpus).run(connection, streamed);

            Map<String, Object> report = new LinkedHashMap<>();
            report.put("articles", BenchCorpus.count(connection));
            Map<String, Object> httpReport = new LinkedHashMap<>();
            System.out.printf("%n%-28s %7s %9s %9s %9s %9s%n", "request (ms)", "n", "p50", "p95", "p99", "max");
            http.forEach((kind, histogram) -> httpReport.put(kind, row(kind, histogram)));
            report.put("http", httpReport);
            report.put("stream", row("stream commit->event", stream));
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

    private static double ms(long micros) {
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
