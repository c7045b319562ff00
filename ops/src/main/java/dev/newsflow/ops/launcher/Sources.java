package dev.newsflow.ops.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;

/**
 * The launcher's source chores, over ingest-service's HTTP API, and the demo's local web site.
 *
 * <pre>
 *   Sources add INGEST_URL URL [INTERVAL [KIND [NAME]]]   register a source ("-" skips an argument); an already
 *                                                          registered URL is not an error
 *   Sources list INGEST_URL                                one line per source with its health
 *   Sources remove INGEST_URL ID                           remove a source
 *   Sources site DIR PORT PORT_FILE                        serve DIR on 127.0.0.1:PORT (another free port when it
 *                                                          is taken), write the port to PORT_FILE, run until killed
 *   Sources await PUBLISH_URL SECONDS NAME COUNT           until the read store holds COUNT articles of source NAME;
 *                                                          then list them
 * </pre>
 *
 * Env NEWSFLOW_API_KEY, when set, is sent as X-API-Key.
 */
public final class Sources {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Sources add URL SOURCE_URL [INTERVAL [KIND [NAME]]] | list URL | remove URL ID"
                    + " | site DIR PORT PORT_FILE | await URL SECONDS NAME COUNT");
            System.exit(2);
        }
        boolean ok = switch (args[0]) {
            case "add" -> add(args[1], args[2], arg(args, 3), arg(args, 4), arg(args, 5));
            case "list" -> list(args[1]);
            case "remove" -> remove(args[1], args[2]);
            case "site" -> site(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "await" -> await(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    private static String arg(String[] args, int index) {
        return args.length > index && !args[index].equals("-") && !args[index].isBlank() ? args[index] : null;
    }

    // ---- add, list, remove ----------------------------------------------------------------------------

    private static boolean add(String ingest, String url, String interval, String kind, String name) throws Exception {
        StringBuilder body = new StringBuilder("{\"url\":").append(Json.quote(url));
        if (interval != null) {
            body.append(",\"pollInterval\":").append(Json.quote(interval));
        }
        if (kind != null) {
            body.append(",\"kind\":").append(Json.quote(kind));
        }
        if (name != null) {
            body.append(",\"name\":").append(Json.quote(name));
        }
        HttpResponse<String> response = send(request(ingest + "/api/v1/sources")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append('}').toString())));
        Object answer = parse(response.body());
        if (response.statusCode() == 201) {
            System.out.printf("added %s  %s  every %s%n", Json.string(answer, "id"), url, Json.string(answer, "pollInterval"));
            return true;
        }
        if (response.statusCode() == 409) {
            System.out.printf("already registered as %s  %s%n", Json.string(answer, "existing"), url);
            return true;
        }
        System.out.printf("not added (HTTP %d): %s%n", response.statusCode(), detail(answer, response.body()));
        return false;
    }

    private static boolean list(String ingest) throws Exception {
        HttpResponse<String> response = send(request(ingest + "/api/v1/sources").GET());
        if (response.statusCode() != 200) {
            System.out.printf("could not list sources (HTTP %d): %s%n", response.statusCode(), detail(parse(response.body()), response.body()));
            return false;
        }
        List<Object> items = Json.list(parse(response.body()), "items");
        if (items.isEmpty()) {
            System.out.println("no sources (add one: ./newsflow sources add URL)");
            return true;
        }
        System.out.printf("%-18s %-8s %-7s %6s %8s %9s  %-20s %s%n", "ID", "STATUS", "KIND", "POLLS", "ARTICLES",
                "LAST HTTP", "LAST POLL", "URL");
        for (Object s : items) {
            System.out.printf("%-18s %-8s %-7s %6s %8s %9s  %-20s %s%n", Json.string(s, "id"), Json.string(s, "status"),
                    orDash(Json.string(s, "kind")), Json.string(s, "polls"), Json.string(s, "articlesIngested"),
                    orDash(Json.string(s, "lastHttpStatus")), shortTime(Json.string(s, "lastPolledAt")), Json.string(s, "url"));
            if (Json.string(s, "lastError") != null) {
                System.out.println("    last error: " + Json.string(s, "lastError"));
            }
        }
        return true;
    }

    private static boolean remove(String ingest, String id) throws Exception {
        HttpResponse<String> response = send(request(ingest + "/api/v1/sources/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .DELETE());
        if (response.statusCode() == 204) {
            System.out.println("removed " + id);
            return true;
        }
        System.out.printf("not removed (HTTP %d): %s%n", response.statusCode(), detail(parse(response.body()), response.body()));
        return false;
    }

    // ---- the demo's web site --------------------------------------------------------------------------

    /**
     * Serves the files of DIR with {{site}} replaced by the base URL, an ETag and Last-Modified per
     * file, and 304 for a conditional request that matches: what a well-behaved news site does.
     */
    private static boolean site(Path dir, int port, Path portFile) throws Exception {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 20);
        } catch (BindException e) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path root = dir.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file) || file.getFileName().toString().startsWith(".")
                        || file.getFileName().toString().equals("README.md")) {
                    reply(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                byte[] body = Files.readString(file).replace("{{site}}", base).getBytes(StandardCharsets.UTF_8);
                String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8) + "\"";
                String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).withNano(0));
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Last-Modified", lastModified);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                reply(exchange, 200, contentType(file), body);
            } catch (Exception e) {
                // a client that went away; the next request is served as usual
            }
        });
        server.start();
        Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
        System.out.println("serving " + root + " at " + base);
        Thread.currentThread().join();
        return true;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals("feed.xml") || name.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        }
        if (name.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    // ---- await ----------------------------------------------------------------------------------------

    private static boolean await(String publish, int seconds, String name, int count) throws Exception {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        String url = publish + "/api/v1/articles?limit=50&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        List<Object> items = List.of();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = send(request(url).GET());
                if (response.statusCode() == 200) {
                    items = Json.list(parse(response.body()), "items");
                    if (items.size() >= count) {
                        break;
                    }
                }
            } catch (IOException e) {
                // publish is busy or restarting: ask again
            }
            Thread.sleep(500);
        }
        System.out.printf("%d of %d pulled articles queryable after %.1f s:%n", items.size(), count,
                (System.nanoTime() - start) / 1e9);
        for (Object a : items) {
            System.out.printf("  %-62s [%s, %s words, %s] %s%n", shorten(Json.string(a, "title"), 62),
                    Json.string(a, "language"), orDash(Json.string(a, "wordCount")), orDash(Json.string(a, "category")),
                    orDash(Json.string(a, "url")));
        }
        return items.size() >= count;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        String key = System.getenv("NEWSFLOW_API_KEY");
        if (key != null && !key.isBlank()) {
            builder.header("X-API-Key", key);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Object parse(String body) {
        try {
            return Json.parse(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String detail(Object problem, String raw) {
        String detail = Json.string(problem, "detail");
        return detail != null ? detail : raw;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String shortTime(String instant) {
        return instant == null ? "never" : instant.replace('T', ' ').replaceFirst("\\.\\d+", "").replace("Z", "");
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
