package dev.newsflow.ingest.intake;

import dev.newsflow.contracts.format.FieldViolation;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.contracts.format.RawArticleFormat;
import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.intake.reading.ArticleAttributes;
import dev.newsflow.ingest.intake.reading.HtmlArticles;
import dev.newsflow.ingest.intake.reading.PlainTextArticles;
import dev.newsflow.ingest.web.RequestBodies;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/articles}: one article as JSON, plain text or HTML; 202 once the broker holds it. */
@Tag(name = "articles", description = "Put articles into the pipeline")
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    private final ArticleIntake intake;
    private final RawArticleFormat json;
    private final int maxBodyBytes;
    private final int maxHtmlBodyBytes;

    ArticleController(ArticleIntake intake, RawArticleFormat json, IngestProperties properties) {
        this.intake = intake;
        this.json = json;
        this.maxBodyBytes = properties.maxBodyBytes();
        this.maxHtmlBodyBytes = properties.maxHtmlBodyBytes();
    }

    @SubmitOne
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResult> json(HttpServletRequest request) {
        String body = RequestBodies.read(request, maxBodyBytes);
        if (body.isBlank()) {
            throw FormatException.invalid(FieldViolation.DOCUMENT,
                    "The body is empty; send a JSON object with at least \"title\" and \"body\"");
        }
        return accepted(intake.ingest(json.read(body)));
    }

    @SubmitOne
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<IngestResult> text(HttpServletRequest request, @ParameterObject @ModelAttribute ArticleAttributes attributes) {
        return accepted(intake.ingest(PlainTextArticles.article(RequestBodies.read(request, maxBodyBytes), attributes)));
    }

    @SubmitOne
    @PostMapping(consumes = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<IngestResult> html(HttpServletRequest request, @ParameterObject @ModelAttribute ArticleAttributes attributes) {
        return accepted(intake.ingest(HtmlArticles.article(RequestBodies.read(request, maxHtmlBodyBytes), attributes)));
    }

    private static ResponseEntity<IngestResult> accepted(IngestResult result) {
        return ResponseEntity.accepted().body(result);
    }
}
