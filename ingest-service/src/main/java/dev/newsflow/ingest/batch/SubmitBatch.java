package dev.newsflow.ingest.batch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.ingest.intake.BatchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** What the OpenAPI description says about {@code POST /api/v1/articles/batch}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Operation(operationId = "submitBatch", summary = "Submit many articles", description = """
        Takes many articles as NDJSON (one JSON article per line) or as a JSON array. Answers 200 with one \
        result per item, in order, even when some items were rejected or failed; a batch of which no item is \
        valid is a 400 whose body still lists every item's result.""",
        requestBody = @RequestBody(required = true, content = {
                @Content(mediaType = BatchController.NDJSON, schema = @Schema(type = "string",
                        description = "One RawArticle as JSON per line")),
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        array = @ArraySchema(schema = @Schema(implementation = RawArticle.class)))}),
        responses = @ApiResponse(responseCode = "200",
                description = "One result per item: `accepted`, `duplicate`, `rejected` (with why) or `failed`",
                headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer"),
                        description = "Present when some items failed: seconds after which to send those again"),
                content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = BatchResult.class))))
@interface SubmitBatch {
}
