package dev.newsflow.ingest.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.newsflow.contracts.RawArticle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;

/**
 * What the OpenAPI description says about {@code POST /api/v1/articles}: one article, in any of the three forms it
 * is taken in. The words live here so the controller stays a translation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Operation(operationId = "submitArticle", summary = "Submit one article", description = """
        Takes one article as `application/json` (a RawArticle: only `title` and `body` are required), \
        `text/plain` (the first non-empty line is the title, the rest the body) or `text/html` (the page; its \
        title is taken from it). For text and HTML the query parameters say what the body cannot. Without an \
        `id` the article gets a stable one, derived from its canonical URL or else its content, so sending \
        the same article again answers `duplicate` and writes nothing. The answer comes only after the broker \
        acknowledged the record: nothing is acknowledged that was not durably written. An HTML page may weigh \
        10 MiB, other bodies 1 MiB, counted decompressed (`Content-Encoding: gzip` or `deflate` are taken); \
        a page's scripts (JSON-LD kept), styles, comments and large inline data are dropped before it is \
        written, and its metadata `htmlTrimmed` says what went.""",
        requestBody = @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RawArticle.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
                        description = "The first non-empty line is the title, the rest the body")),
                @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string",
                        description = "An HTML page or fragment (up to 10 MiB); cleaning happens downstream"))}),
        responses = @ApiResponse(responseCode = "202",
                description = "The broker holds the article; `status` is `accepted`, or `duplicate` when it already did",
                content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = IngestResult.class))))
@interface SubmitOne {
}
