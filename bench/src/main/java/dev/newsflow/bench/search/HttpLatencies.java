package dev.newsflow.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Times a mix of read API requests, one after another over one keep-alive connection. */
final class HttpLatencies {

    private static final List<String> WORDS = List.of("inflation", "ceasefire", "summit", "vaccination", "migration",
            "budget", "protesters", "delegation", "agreement", "election");
    private static final List<String> PHRASES = List.of("\"interest rates\"", "\"energy prices\"",
            "\"climate policy\"", "\"food supplies\"", "\"closed doors\"");
    private static final List<String> PREFIXES = List.of("vaccin*", "migra*", "negoti*", "parliam*", "elect*");
    private static final List<String> PEOPLE = List.of("Vladimir Putin", "Olaf Scholz", "Emmanuel Macron",
            "Christine Lagarde", "Antonio Guterres");
    private static final List<String> LANGUAGES = List.of("de", "fr", "es", "it", "en");
    private static final List<String> CATEGORIES = List.of("POLITICS", "ECONOMY_BUSINESS_FINANCE", "HEALTH",
            "CONFLICT_WAR_PEACE", "SPORT");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;
    private final Map<String, Function<SplittableRandom, String>> kinds = new LinkedHashMap<>();

    HttpLatencies(String baseUrl) {
        this.baseUrl = baseUrl;
        kinds.put("q words", r -> "/api/v1/articles?q=" + enc(pick(r, WORDS)));
        kinds.put("q two words", r -> "/api/v1/articles?q=" + enc(pick(r, WORDS) + " " + pick(r, WORDS)));
        kinds.put("q phrase", r -> "/api/v1/articles?q=" + enc(pick(r, PHRASES)));
        kinds.put("q prefix", r -> "/api/v1/articles?q=" + enc(pick(r, PREFIXES)));
        kinds.put("q + language + category", r -> "/api/v1/articles?q=" + enc(pick(r, WORDS)) + "&language="
                + pick(r, LANGUAGES) + "&category=" + pick(r, CATEGORIES));
        kinds.put("entity", r -> "/api/v1/articles?entity=" + enc(pick(r, PEOPLE)) + "&entityType=PERSON");
        kinds.put("language", r -> "/api/v1/articles?language=" + pick(r, LANGUAGES));
        kinds.put("category", r -> "/api/v1/articles?category=" + pick(r, CATEGORIES));
        kinds.put("date range", r -> {
            int month = 1 + r.nextInt(11);
            return "/api/v1/articles?from=2024-%02d-01&to=2024-%02d-15".formatted(month, month);
        });
        kinds.put("duplicates=exclude", r -> "/api/v1/articles?duplicates=exclude&language=" + pick(r, LANGUAGES));
        kinds.put("newest, no filter", r -> "/api/v1/articles?limit=" + (20 + r.nextInt(81)));
        kinds.put("facets q", r -> "/api/v1/articles/facets?q=" + enc(pick(r, WORDS)));
        kinds.put("facets language", r -> "/api/v1/articles/facets?language=" + pick(r, LANGUAGES));
        kinds.put("entities prefix", r -> "/api/v1/entities?q=" + enc(pick(r, PEOPLE).substring(0, 3)));
    }

    /** Histograms (microseconds) per kind, plus "next page (cursor)" and "all". */
    Map<String, Histogram> run(int perKind, int warmup) throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < warmup; i++) {
            for (Function<SplittableRandom, String> kind : kinds.values()) {
                get(kind.apply(random));
            }
        }
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        Histogram all = histogram();
        for (int i = 0; i < perKind; i++) {
            for (Map.Entry<String, Function<SplittableRandom, String>> kind : kinds.entrySet()) {
                long micros = time(kind.getValue().apply(random), null);
                record(histograms, kind.getKey(), all, micros);
            }
            pageThrough(random, histograms, all);
        }
        histograms.put("all", all);
        return histograms;
    }

    /** Follows nextCursor for a few pages of a relevance and a newest-first listing, timing each next page. */
    private void pageThrough(SplittableRandom random, Map<String, Histogram> histograms, Histogram all)
            throws IOException, InterruptedException {
        for (String first : List.of("/api/v1/articles?limit=20&q=" + enc(pick(random, WORDS)),
                "/api/v1/articles?limit=20&language=" + pick(random, LANGUAGES))) {
            JsonNode[] page = new JsonNode[1];
            time(first, page);
            for (int n = 0; n < 3 && !page[0].path("nextCursor").isNull(); n++) {
                String next = first + "&cursor=" + page[0].get("nextCursor").asString();
                record(histograms, "next page (cursor)", all, time(next, page));
            }
        }
    }

    private long time(String path, JsonNode[] body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = get(path);
        long micros = (System.nanoTime() - start) / 1_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (body != null) {
            body[0] = json.readTree(response.body());
        }
        return micros;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void record(Map<String, Histogram> histograms, String kind, Histogram all, long micros) {
        histograms.computeIfAbsent(kind, k -> histogram()).recordValue(micros);
        all.recordValue(micros);
    }

    static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
