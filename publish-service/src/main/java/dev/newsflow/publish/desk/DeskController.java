package dev.newsflow.publish.desk;

import dev.newsflow.publish.PublishProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk: one page, served for every address it has ({@code /}, {@code /articles/{id}},
 * {@code /entities}, {@code /sources}), whose script then reads the public read API. Article text is
 * untrusted, so the page allows scripts and styles from this origin only and the script writes text
 * as text (never as markup); the Content-Security-Policy stops whatever slipped through.
 */
@RestController
class DeskController {

    private static final String PAGE = "static/desk/index.html";

    private final byte[] page;
    private final String ingestUrl;
    private final String policy;

    DeskController(PublishProperties properties) {
        this.page = read(PAGE);
        this.ingestUrl = properties.desk().ingestUrl();
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'" + (ingestUrl.isEmpty() ? "" : " " + ingestUrl) + "; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    @GetMapping(path = {"/", "/articles/{id}", "/entities", "/sources"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(page);
    }

    /** What the page cannot know by itself: where ingest-service is, for the sources table. */
    @GetMapping(path = "/desk/config.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> config() {
        return Map.of("ingestUrl", ingestUrl);
    }

    private static byte[] read(String resource) {
        try (InputStream in = DeskController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
