package dev.newsflow.ingest.sources.api;

import dev.newsflow.ingest.intake.IngestResult;
import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.polling.FetchNow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/articles/fetch}: fetch one page now and ingest it; 202 as for a posted article. */
@Tag(name = "articles")
@RestController
class FetchController {

    /** The page to fetch, and optionally the {@code source} the article is to carry. */
    record FetchRequest(String url, String source) {
    }

    private final FetchNow fetchNow;

    FetchController(FetchNow fetchNow) {
        this.fetchNow = fetchNow;
    }

    @Operation(summary = "Fetch one page now (robots.txt, rate limits and the address guard apply) and ingest it")
    @PostMapping(path = "/api/v1/articles/fetch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResult> fetch(@RequestBody(required = false) FetchRequest request) throws FetchException {
        return ResponseEntity.accepted().body(fetchNow.fetch(request == null ? null : request.url(),
                request == null ? null : request.source()));
    }
}
