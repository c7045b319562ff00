package dev.newsflow.ingest.sources.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsflow.ingest.sources.SourcesProperties;

/**
 * One GET, safely: the URL must be http(s) and its host pass the {@link AddressGuard}; redirects
 * are followed by hand, each hop checked the same way, at most {@code maxRedirects} and never in a
 * loop; the whole exchange has one deadline; the body is cut off past the size limit (declared or
 * not) and decompressed within the same limit. Conditional GET validators are sent when given.
 * Politeness (robots.txt, per-host rate) is the caller's: this class only makes the request.
 */
public final class Fetcher implements AutoCloseable {

    /** What to fetch; {@code etag} and {@code lastModified} (may be null) make it a conditional GET. */
    public record Request(URI uri, String accept, String etag, String lastModified) {

        public static Request of(URI uri, String accept) {
            return new Request(uri, accept, null, null);
        }
    }

    /**
     * The final answer after redirects. {@code body} is decompressed and empty unless the status is 2xx.
     *
     * @param retryAfter what the server's {@code Retry-After} asked for, or null
     */
    public record Response(URI requested, URI uri, int status, String contentType, String etag, String lastModified,
            Duration retryAfter, byte[] body) {

        public boolean isOk() {
            return status >= 200 && status < 300;
        }

        public boolean isNotModified() {
            return status == 304;
        }
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final AddressGuard guard;
    private final SourcesProperties.Fetch config;
    private final AtomicLong bytesInFlight = new AtomicLong();

    private final ExecutorService executor;

    /** The HttpClient runs on two threads of its own instead of its default unbounded pool. */
    public Fetcher(AddressGuard guard, SourcesProperties.Fetch config) {
        this.guard = guard;
        this.config = config;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sources-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                // a proxy would connect on our behalf, past the address guard
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    public SourcesProperties.Fetch config() {
        return config;
    }

    public Response fetch(Request request) throws FetchException {
        return fetch(request, config.maxBytes());
    }

    /** Whether the URL may be fetched at all (scheme, host, address), without sending anything. */
    public void checkAllowed(URI uri) throws FetchException {
        guard.check(WebUrls.check(uri));
    }

    /** As {@link #fetch(Request)} with a smaller size limit (robots.txt). */
    public Response fetch(Request request, int maxBytes) throws FetchException {
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        URI uri = WebUrls.check(request.uri());
        Set<URI> visited = new LinkedHashSet<>();
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            visited.add(uri);
            HttpResponse<byte[]> response = send(uri, request, Math.min(maxBytes, config.maxBytes()), deadline);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (REDIRECTS.contains(status) && location.isPresent()) {
                URI next = WebUrls.resolve(uri, location.get()).orElseThrow(() -> new FetchRefusedException(
                        "A redirect from " + WebUrls.abbreviate(request.uri().toString()) + " leads to '"
                                + WebUrls.abbreviate(location.get()) + "', which is not an http(s) URL"));
                if (visited.contains(next)) {
                    throw new FetchException(FetchException.Reason.REDIRECTS, "Redirect loop: " + chain(visited, next));
                }
                if (hop + 1 > config.maxRedirects()) {
                    throw new FetchException(FetchException.Reason.REDIRECTS, "More than " + config.maxRedirects()
                            + " redirects: " + chain(visited, next));
                }
                uri = next;
                continue;
            }
            HttpHeaders headers = response.headers();
            byte[] body = response.body() == null ? new byte[0] : response.body();
            body = Decompression.decode(headers.firstValue("Content-Encoding").orElse(null), body, maxBytes);
            return new Response(request.uri(), uri, status, headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                    retryAfter(headers.firstValue("Retry-After").orElse(null)), body);
        }
    }

    private HttpResponse<byte[]> send(URI uri, Request request, int maxBytes, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(uri);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", config.userAgent())
                .header("Accept", request.accept() == null ? "*/*" : request.accept())
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(builder.build(),
                info -> LimitedBody.of(info, maxBytes, bytesInFlight, config.memoryBudget(), uri));
        try {
            return exchange.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "Interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Reason.TIMEOUT, "No complete answer from " + uri.getHost()
                + " within " + config.readTimeout().toSeconds() + " s");
    }

    private FetchException failure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FetchException fetch) {
                return fetch;
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchException.Reason.TIMEOUT, "Could not connect to " + uri.getHost()
                    + " within " + config.connectTimeout().toSeconds() + " s", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(uri);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchException.Reason.NETWORK, "Connection to " + authority(uri) + " refused", cause);
        }
        String detail = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return new FetchException(FetchException.Reason.NETWORK, "Fetching " + WebUrls.abbreviate(uri.toString())
                + " failed: " + detail, cause);
    }

    private static String authority(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String chain(Set<URI> visited, URI next) {
        List<String> hops = new ArrayList<>();
        visited.forEach(u -> hops.add(WebUrls.abbreviate(u.toString())));
        hops.add(WebUrls.abbreviate(next.toString()));
        return String.join(" -> ", hops);
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
