package dev.newsflow.ingest.sources.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.newsflow.ingest.sources.registry.SourceService;
import dev.newsflow.ingest.sources.registry.SourceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources}: the feeds, sitemaps and pages newsflow polls, with their health. */
@Tag(name = "sources", description = "Feeds, sitemaps and pages newsflow pulls news from")
@RestController
@RequestMapping(path = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @Operation(summary = "Register a source; 201 with it, 409 when its URL is registered already")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceView> create(@RequestBody(required = false) SourceService.NewSource request) {
        SourceView created = sources.create(request);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(created);
    }

    @Operation(summary = "Every source with its health")
    @GetMapping
    Map<String, List<SourceView>> list() {
        return Map.of("items", sources.list());
    }

    @Operation(summary = "One source with its health")
    @GetMapping("/{id}")
    SourceView get(@PathVariable String id) {
        return sources.get(id);
    }

    @Operation(summary = "Pause, resume, rename or change the poll interval")
    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    SourceView change(@PathVariable String id, @RequestBody(required = false) SourceService.Change change) {
        return sources.change(id, change);
    }

    @Operation(summary = "Remove a source (its articles stay)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        sources.delete(id);
        return ResponseEntity.noContent().build();
    }
}
