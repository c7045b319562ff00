package dev.newsflow.ingest.batch;

import java.util.List;
import java.util.function.Supplier;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.ingest.intake.ArticleIntake;
import dev.newsflow.ingest.intake.BatchResult;
import dev.newsflow.ingest.web.RequestBodies;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/articles/batch}: many articles as NDJSON or a JSON array. The answer is 200
 * with one result per item even when some items were rejected or failed; a batch that cannot be
 * split into items, or of which every item was rejected, is a 4xx.
 */
@Tag(name = "articles")
@RestController
@RequestMapping(path = "/api/v1/articles/batch", produces = MediaType.APPLICATION_JSON_VALUE)
class BatchController {

    static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final BatchDocuments documents;
    private final IngestProperties properties;

    BatchController(ArticleIntake intake, RawArticleFormat format, IngestProperties properties) {
        this.intake = intake;
        this.documents = new BatchDocuments(format);
        this.properties = properties;
    }

    @SubmitBatch
    @PostMapping(consumes = NDJSON)
    ResponseEntity<BatchResult> ndjson(HttpServletRequest request) {
        return ingest(documents.ndjson(RequestBodies.read(request, properties.maxBatchBytes())));
    }

    @SubmitBatch
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchResult> jsonArray(HttpServletRequest request) {
        return ingest(documents.jsonArray(RequestBodies.read(request, properties.maxBatchBytes())));
    }

    private ResponseEntity<BatchResult> ingest(List<Supplier<RawArticle>> items) {
        if (items.isEmpty()) {
            throw RequestBodies.problem(HttpStatus.BAD_REQUEST, "Empty batch",
                    "The batch has no articles; send one JSON article per line (NDJSON) or a JSON array of articles");
        }
        if (items.size() > properties.batchMaxItems()) {
            throw RequestBodies.problem(HttpStatus.CONTENT_TOO_LARGE, "Too many articles in one batch",
                    "The batch has " + items.size() + " articles; at most " + properties.batchMaxItems()
                            + " are taken per request. Split it into smaller batches");
        }
        BatchResult result = intake.ingestBatch(items);
        if (result.rejected() == items.size()) {
            throw allRejected(result);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (result.anyFailed()) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfterSeconds()));
        }
        return response.body(result);
    }

    /** A batch of which nothing could be taken is a client error as a whole; the items still say why. */
    private static ErrorResponseException allRejected(BatchResult result) {
        ErrorResponseException problem = RequestBodies.problem(HttpStatus.BAD_REQUEST, "No valid article in the batch",
                "None of the " + result.results().size() + " articles in the batch is valid; "
                        + "the results say what is wrong with each: " + result.results().get(0).error());
        problem.getBody().setProperty("rejected", result.rejected());
        problem.getBody().setProperty("results", result.results());
        return problem;
    }
}
