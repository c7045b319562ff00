package dev.newsflow.ops.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * A polling run over many local sources, measured from outside the running ingest-service:
 *
 * <pre>
 *   SourcesLoad INGEST_URL INGEST_PID_FILE SOURCES SECONDS
 * </pre>
 *
 * Serves SOURCES RSS feeds (5 items each, with ETag) on 127.0.0.1, registers them (poll interval
 * PT10S: start ingest with INGEST_SOURCES_MIN_INTERVAL=PT10S), waits until every one has been
 * polled, its pages taken and a 304 seen, then measures over SECONDS: polls and 304s (from
 * ingest's /actuator/prometheus), the ingest process's CPU time (/proc/PID/stat) and its memory
 * (resident size; heap after a full GC, via jcmd). Removes the sources at the end.
 */
public final class SourcesLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int ITEMS = 5;

    public static void main(String[] args) throws Exception {
        String ingest = args[0];
        long pid = Long.parseLong(Files.readString(Path.of(args[1])).strip());
        int count = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long ticksPerSecond = Long.parseLong(System.getenv().getOrDefault("NEWSFLOW_CLK_TCK", "100"));

        AtomicLong feedRequests = new AtomicLong();
        AtomicLong notModified = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.startsWith("/f/")) {
                    feedRequests.incrementAndGet();
                    String n = path.substring(3, path.length() - 4);
                    String etag = "\"feed-" + n + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        notModified.incrementAndGet();
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
                            .append(n).append("</title><link>/</link>");
                    for (int i = 0; i < ITEMS; i++) {
                        rss.append("<item><title>Story ").append(n).append('-').append(i).append("</title><link>/p/")
                                .append(n).append('/').append(i).append(".html</link><pubDate>Thu, 02 May 2024 0")
                                .append(i).append(":00:00 GMT</pubDate><description>Summary ").append(i).append("</description></item>");
                    }
                    exchange.getResponseHeaders().set("ETag", etag);
                    reply(exchange, "application/rss+xml", rss.append("</channel></rss>").toString());
                } else if (path.startsWith("/p/")) {
                    reply(exchange, "text/html; charset=utf-8", "<html lang=\"en\"><head><title>Story " + path
                            + "</title></head><body><article><p>The text of story " + path
                            + ", long enough to be an article of its own.</p></article></body></html>");
                } else if (path.equals("/robots.txt")) {
                    reply(exchange, "text/plain", "User-agent: *\nAllow: /\n");
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            } catch (IOException e) {
                // client gone
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        System.out.printf("serving %d feeds at %s/f/N.xml (%d items each)%n", count, base, ITEMS);

        long heapBefore = heapAfterGc(ingest, pid);
        long rssBefore = residentBytes(pid);
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < count; n++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/sources"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + base + "/f/" + n + ".xml\",\"kind\":\"feed\","
                            + "\"pollInterval\":\"PT10S\",\"name\":\"load\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                System.out.println("registration failed: HTTP " + response.statusCode() + " " + response.body());
                System.exit(1);
            }
            ids.add(Json.string(Json.parse(response.body()), "id"));
        }
        long t0 = System.nanoTime();
        System.out.printf("registered %d sources; waiting until each was polled, its pages taken and a 304 seen ...%n", count);
        while (true) {
            List<Object> mine = new ArrayList<>();
            for (Object s : Json.list(Json.parse(get(ingest + "/api/v1/sources")), "items")) {
                if (ids.contains(Json.string(s, "id"))) {
                    mine.add(s);
                }
            }
            long ready = mine.stream().filter(s -> Long.parseLong(Json.string(s, "notModified")) > 0).count();
            long articles = mine.stream().mapToLong(s -> Long.parseLong(Json.string(s, "articlesIngested"))).sum();
            if (ready == count) {
                System.out.printf("warm-up done after %.0f s: %d articles taken from %d sources%n",
                        (System.nanoTime() - t0) / 1e9, articles, count);
                break;
            }
            if (System.nanoTime() - t0 > 900_000_000_000L) {
                System.out.printf("warm-up incomplete after 900 s (%d of %d sources at 304)%n", ready, count);
                break;
            }
            Thread.sleep(2000);
        }

        long cpu0 = cpuTicks(pid);
        double polls0 = metric(ingest, "newsflow_sources_polls_total");
        double nm0 = metric(ingest, "newsflow_sources_not_modified_total");
        long served0 = notModified.get();
        long m0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long cpu1 = cpuTicks(pid);
        double polls1 = metric(ingest, "newsflow_sources_polls_total");
        double nm1 = metric(ingest, "newsflow_sources_not_modified_total");
        double elapsed = (System.nanoTime() - m0) / 1e9;
        long heapAfter = heapAfterGc(ingest, pid);
        long rssAfter = residentBytes(pid);

        double polls = polls1 - polls0;
        double cpuMs = (cpu1 - cpu0) * 1000.0 / ticksPerSecond;
        System.out.println();
        System.out.printf("steady state over %.0f s with %d sources every 10 s:%n", elapsed, count);
        System.out.printf("  polls               %.0f (%.1f/s), of them 304: %.0f (server counted %d)%n", polls, polls / elapsed,
                nm1 - nm0, notModified.get() - served0);
        System.out.printf("  ingest CPU          %.0f ms = %.2f%% of one core; %.0f us per poll%n", cpuMs,
                cpuMs / 10 / elapsed, polls == 0 ? 0 : cpuMs * 1000 / polls);
        System.out.printf("  heap after full GC  %.1f MB before registering, %.1f MB with %d sources (%.1f KB per source)%n",
                heapBefore / 1e6, heapAfter / 1e6, count, (heapAfter - heapBefore) / 1e3 / count);
        System.out.printf("  resident size       %.0f MB before, %.0f MB after%n", rssBefore / 1e6, rssAfter / 1e6);
        System.out.printf("  ingest threads      %d%n", threads(pid));

        for (String id : ids) {
            HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/sources/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        System.out.println("removed the " + count + " sources");
        server.stop(0);
        System.exit(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The sum of a counter over all its series in Prometheus text format. */
    private static double metric(String ingest, String name) throws Exception {
        double sum = 0;
        for (String line : get(ingest + "/actuator/prometheus").split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static long heapAfterGc(String ingest, long pid) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        double heap = 0;
        for (String line : get(ingest + "/actuator/prometheus").split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) heap;
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long residentBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static long threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
