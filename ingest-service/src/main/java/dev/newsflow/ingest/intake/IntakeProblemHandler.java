package dev.newsflow.ingest.intake;

import dev.newsflow.ingest.IngestProperties;
import dev.newsflow.ingest.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers to what intake refuses or cannot do now, wherever an article came in (one, a batch, a fetch). */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class IntakeProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblemHandler.class);

    private final String retryAfterSeconds;

    IntakeProblemHandler(IngestProperties properties) {
        this.retryAfterSeconds = String.valueOf(properties.retryAfterSeconds());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(ArticleTooLargeException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Article too large");
        return Problems.answer(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException e, HttpServletRequest request) {
        log.warn("Answering 503: {}", e.getMessage());
        return Problems.unavailable("Cannot store articles right now", e.getMessage(), retryAfterSeconds, request);
    }
}
