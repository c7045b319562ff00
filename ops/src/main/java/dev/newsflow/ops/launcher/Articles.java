package dev.newsflow.ops.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's article chores, over the services' HTTP APIs.
 *
 * <pre>
 *   Articles ingest INGEST_URL IDS_FILE PATH...      POST each file (dirs: every known file in them), print id + status
 *   Articles await PUBLISH_URL SECONDS IDS_FILE      until every id in IDS_FILE is readable from the read API, in
 *                                                    the version ingested now (not one stored by an earlier run)
 *   Articles show PUBLISH_URL IDS_FILE SEED          what enrichment made of each; the SEED file in detail
 * </pre>
 *
 * IDS_FILE holds "id TAB file TAB status TAB ingest-start-millis" lines ("-" for none). Exit status is non-zero when anything failed.
 * Env NEWSFLOW_API_KEY, when set, is sent as X-API-Key (for an ingest-service with API keys configured).
 */
public final class Articles {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_ATTEMPTS = 5;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Articles ingest URL IDS_FILE PATH... | await URL SECONDS IDS_FILE | show URL IDS_FILE SEED");
            System.exit(2);
        }
        boolean ok = switch (args[0]) {
            case "ingest" -> ingest(args[1], args[2], List.of(args).subList(3, args.length));
            case "await" -> await(args[1], Integer.parseInt(args[2]), readIds(args[3]));
            case "show" -> show(args[1], readIds(args[2]), args.length > 3 ? args[3] : "");
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    // ---- ingest ------------------------------------------------------------------------------------

    enum Kind {
        TEXT("text/plain; charset=utf-8", false),
        HTML("text/html; charset=utf-8", false),
        JSON("application/json", false),
        JSON_ARRAY("application/json", true),
        NDJSON("application/x-ndjson", true);

        final String contentType;
        final boolean batch;

        Kind(String contentType, boolean batch) {
            this.contentType = contentType;
            this.batch = batch;
        }

        static Kind of(Path file) throws IOException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                return NDJSON;
            }
            if (name.endsWith(".json")) {
                // a JSON array is a batch; SPEC accepts one on the batch endpoint
                return Files.readString(file).stripLeading().startsWith("[") ? JSON_ARRAY : JSON;
            }
            return null;
        }
    }

    private static boolean ingest(String baseUrl, String idsFile, List<String> paths) throws Exception {
        List<Path> files = new ArrayList<>();
        boolean ok = true;
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (Kind.of(f) != null && !insideWebSite(path, f)) {
                            files.add(f);
                        }
                    }
                }
            } else if (!Files.isRegularFile(path)) {
                System.out.printf("%-40s no such file%n", p);
                ok = false;
            } else if (Kind.of(path) == null) {
                System.out.printf("%-40s unknown type (use .txt, .html, .htm, .json, .ndjson)%n", p);
                ok = false;
            } else {
                files.add(path);
            }
        }
        StringBuilder ids = new StringBuilder();
        long started = System.currentTimeMillis();
        for (Path file : files) {
            Kind kind = Kind.of(file);
            String url = baseUrl + (kind.batch ? "/api/v1/articles/batch" : "/api/v1/articles");
            HttpResponse<String> response;
            try {
                response = post(url, kind.contentType, Files.readAllBytes(file));
            } catch (IOException e) {
                System.out.printf("%-40s failed: %s (is ingest running? ./newsflow status)%n", file, e);
                ok = false;
                continue;
            }
            ok &= kind.batch ? reportBatch(file, response, ids, started) : reportOne(file, response, ids, started);
        }
        if (!idsFile.equals("-")) {
            Files.writeString(Path.of(idsFile), ids.toString());
        }
        if (files.isEmpty()) {
            System.out.println("nothing to ingest");
        }
        return ok;
    }

    /** Bodies above this go gzip-compressed: a real HTML page shrinks to about a sixth. */
    private static final int COMPRESS_ABOVE = 64 * 1024;

    /**
     * Whether the file lies in a folder (below the one walked) that holds a robots.txt: a web site to
     * be pulled by newsflow (the demo's samples/site), not articles to post.
     */
    static boolean insideWebSite(Path walked, Path file) {
        for (Path dir = file.getParent(); dir != null && !dir.equals(walked); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("robots.txt"))) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> post(String url, String contentType, byte[] body) throws Exception {
        boolean compress = body.length > COMPRESS_ABOVE;
        byte[] sent = compress ? gzip(body) : body;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", contentType)
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sent));
            if (compress) {
                request.header("Content-Encoding", "gzip");
            }
            String apiKey = System.getenv("NEWSFLOW_API_KEY");
            if (apiKey != null && !apiKey.isBlank()) {
                request.header("X-API-Key", apiKey.strip());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int code = response.statusCode();
            if ((code == 429 || code == 503) && attempt < MAX_ATTEMPTS) {
                // the service asked us to come back later: honour Retry-After, bounded
                long wait = response.headers().firstValue("Retry-After").map(Articles::seconds).orElse(1L);
                Thread.sleep(Math.min(wait, 10) * 1000);
                continue;
            }
            return response;
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1; // an HTTP date: one second is as good a guess as any
        }
    }

    private static boolean reportOne(Path file, HttpResponse<String> response, StringBuilder ids, long started) {
        if (response.statusCode() != 202 && response.statusCode() != 200) {
            System.out.printf("%-40s HTTP %d %s%n", file, response.statusCode(), problem(response.body()));
            return false;
        }
        Object body = Json.parse(response.body());
        String id = Json.string(body, "id");
        String status = Json.string(body, "status");
        System.out.printf("%-40s %-10s %s%n", file, status, id);
        ids.append(id).append('\t').append(file).append('\t').append(status).append('\t').append(started).append('\n');
        return id != null;
    }

    /** The batch answer is one result per item; accepts a bare array or an object holding one. */
    private static boolean reportBatch(Path file, HttpResponse<String> response, StringBuilder ids, long started) {
        if (response.statusCode() / 100 != 2) {
            System.out.printf("%-40s HTTP %d %s%n", file, response.statusCode(), problem(response.body()));
            return false;
        }
        Object body = Json.parse(response.body());
        List<Object> results = body instanceof List<?> ? Json.list(body, null) : firstList(body);
        boolean ok = true;
        for (int i = 0; i < results.size(); i++) {
            Object r = results.get(i);
            String id = Json.string(r, "id");
            String status = Json.string(r, "status");
            boolean accepted = id != null && ("accepted".equals(status) || "duplicate".equals(status));
            String label = file + "[" + (i + 1) + "]";
            System.out.printf("%-40s %-10s %s%n", label, status, accepted ? id : problem(r));
            if (accepted) {
                ids.append(id).append('\t').append(label).append('\t').append(status).append('\t').append(started)
                        .append('\n');
            }
            ok &= accepted;
        }
        return ok;
    }

    private static List<Object> firstList(Object body) {
        if (body instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                if (v instanceof List<?>) {
                    return Json.list(v, null);
                }
            }
        }
        return List.of();
    }

    private static String problem(Object bodyOrText) {
        try {
            Object p = bodyOrText instanceof String s ? Json.parse(s) : bodyOrText;
            String detail = Json.string(p, "detail");
            String title = Json.string(p, "title");
            String error = Json.string(p, "error");
            return detail != null ? detail : title != null ? title : error != null ? error : String.valueOf(p);
        } catch (RuntimeException e) {
            return String.valueOf(bodyOrText).strip();
        }
    }

    // ---- await -------------------------------------------------------------------------------------

    private static boolean await(String baseUrl, int seconds, Map<String, String[]> ids) throws Exception {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        Map<String, String[]> pending = new LinkedHashMap<>(ids);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (current(fetch(baseUrl, e.getKey()), e.getValue())) {
                    System.out.printf("  queryable after %4.1f s: %s (%s)%n", (System.nanoTime() - start) / 1e9,
                            e.getKey(), e.getValue()[0]);
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(250);
            }
        }
        pending.forEach((id, row) -> System.out.printf("  NOT queryable after %d s: %s (%s)%n", seconds, id, row[0]));
        return pending.isEmpty();
    }

    /**
     * Whether the stored article is the one just sent: an article "accepted" again (e.g. the demo's
     * samples on a second run) must show an ingestedAt from this run, else the old copy would count.
     */
    private static boolean current(Object article, String[] row) {
        if (article == null) {
            return false;
        }
        if (!"accepted".equals(row[1]) || row[2].isEmpty()) {
            return true;
        }
        String ingestedAt = Json.string(article, "ingestedAt");
        try {
            // a second of slack: the service stamps ingestedAt with its own clock reading
            return ingestedAt == null || Instant.parse(ingestedAt).toEpochMilli() >= Long.parseLong(row[2]) - 1000;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static Object fetch(String baseUrl, String id) {
        try {
            String url = baseUrl + "/api/v1/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Json.parse(response.body()) : null;
        } catch (IOException | RuntimeException e) {
            return null; // not there yet, or publish is still starting: the caller polls again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---- show --------------------------------------------------------------------------------------

    private static boolean show(String baseUrl, Map<String, String[]> ids, String seed) {
        boolean ok = true;
        for (var e : ids.entrySet()) {
            Object a = fetch(baseUrl, e.getKey());
            String file = e.getValue()[0];
            if (a == null) {
                System.out.printf("%s: not found in the read store%n", file);
                ok = false;
            } else if (!seed.isEmpty() && Path.of(file).getFileName().toString().equals(seed)) {
                detail(file, a);
            } else {
                System.out.printf("%s: %s [%s, %s words, %s]%n", file, Json.string(a, "title"),
                        Json.string(a, "language"), Json.string(a, "wordCount"), Json.string(a, "category"));
            }
        }
        return ok;
    }

    private static void detail(String file, Object a) {
        System.out.println();
        System.out.println("The seed article (" + file + ") after enrichment:");
        row("id", Json.string(a, "id") + "  (version " + Json.string(a, "version") + ")");
        row("title", Json.string(a, "title"));
        row("language", Json.string(a, "language"));
        row("counts", Json.string(a, "wordCount") + " words, " + Json.string(a, "sentenceCount") + " sentences, "
                + Json.string(a, "readingTimeMinutes") + " min reading time");
        row("category", Json.string(a, "category"));
        List<String> entities = new ArrayList<>();
        for (Object en : Json.list(a, "entities")) {
            entities.add(Json.string(en, "text") + " (" + Json.string(en, "type") + " x" + Json.string(en, "count") + ")");
        }
        row("entities", entities.isEmpty() ? "(none)" : String.join(", ", entities));
        List<Object> keywords = Json.list(a, "keywords");
        if (!keywords.isEmpty()) {
            row("keywords", String.join(", ", keywords.stream().map(String::valueOf).toList()));
        }
        if (Json.string(a, "summary") != null) {
            row("summary", shorten(Json.string(a, "summary"), 300));
        }
        if (Json.string(a, "duplicateOf") != null) {
            row("duplicate of", Json.string(a, "duplicateOf"));
        }
        List<Object> removed = Json.list(a, "removed");
        row("removed", removed.size() + " item(s)");
        for (Object r : removed) {
            System.out.printf("    - %-22s %s%n", Json.string(r, "reason"), Json.quote(shorten(Json.string(r, "text"), 100)));
        }
        System.out.println();
    }

    private static void row(String label, String value) {
        System.out.printf("  %-10s %s%n", label + ":", value);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }

    /** id -> [file, status, ingest-start-millis], the columns after the id ("" where absent). */
    private static Map<String, String[]> readIds(String file) throws IOException {
        Map<String, String[]> ids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            String[] parts = line.split("\t", -1);
            if (!parts[0].isBlank()) {
                String[] row = new String[] {"", "", ""};
                for (int i = 1; i < parts.length && i <= 3; i++) {
                    row[i - 1] = parts[i];
                }
                ids.put(parts[0], row);
            }
        }
        return ids;
    }
}
