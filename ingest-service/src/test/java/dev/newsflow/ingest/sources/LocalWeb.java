package dev.newsflow.ingest.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web server on a loopback address for tests (the JDK's HttpServer): routes by exact
 * path, counts the requests each path got, 404 for the rest. Nothing leaves the machine.
 */
public final class LocalWeb implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private LocalWeb(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                Route route = routes.get(path);
                if (route == null) {
                    send(exchange, 404, "text/plain", "not found");
                } else {
                    route.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away (a cancelled download): nothing to answer
            }
        });
        server.start();
    }

    public static LocalWeb start() throws IOException {
        return new LocalWeb(InetAddress.getByName("127.0.0.1"));
    }

    public static LocalWeb startOn(String address) throws IOException {
        return new LocalWeb(InetAddress.getByName(address));
    }

    public LocalWeb route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public LocalWeb page(String path, String contentType, String body) {
        return route(path, exchange -> send(exchange, 200, contentType, body));
    }

    public String url(String path) {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + path;
    }

    public URI uri(String path) {
        return URI.create(url(path));
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Test fetch limits: small and quick, 127.0.0.1 allowed. */
    public static SourcesProperties.Fetch fetchConfig(int maxBytes, Duration readTimeout, String... allowed) {
        return new SourcesProperties.Fetch("newsflow-test/1.0", 1000.0, 4, maxBytes, 5, Duration.ofSeconds(2),
                readTimeout, Duration.ofHours(1), java.util.List.of(allowed), 64L * 1024 * 1024);
    }
}
