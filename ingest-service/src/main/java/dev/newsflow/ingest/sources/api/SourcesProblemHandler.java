package dev.newsflow.ingest.sources.api;

import dev.newsflow.ingest.web.Problems;
import java.net.URI;

import dev.newsflow.ingest.sources.fetch.FetchException;
import dev.newsflow.ingest.sources.polling.FetchNow;
import dev.newsflow.ingest.sources.registry.RegistryUnavailableException;
import dev.newsflow.ingest.sources.registry.SourceException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The sources endpoints' own errors as {@code application/problem+json}; everything else (an
 * invalid article, the broker away) falls through to the service-wide handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {SourceController.class, FetchController.class})
class SourcesProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(SourcesProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> source(SourceException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status), e.getMessage());
        problem.setTitle(switch (e.kind()) {
            case INVALID -> "Invalid source";
            case NOT_FOUND -> "No such source";
            case CONFLICT -> "Source already registered";
            case LOADING -> "Sources not loaded yet";
        });
        HttpHeaders headers = new HttpHeaders();
        if (e.existingId() != null) {
            problem.setProperty("existing", e.existingId());
            headers.setLocation(URI.create("/api/v1/sources/" + e.existingId()));
        }
        if (e.kind() == SourceException.Kind.LOADING) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return Problems.answer(problem, headers, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> registryUnavailable(RegistryUnavailableException e, HttpServletRequest request) {
        log.warn("Answering 503: {}", e.getMessage());
        return Problems.unavailable("Cannot change sources right now", e.getMessage(), RETRY_AFTER_SECONDS, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> fetchFailed(FetchException e, HttpServletRequest request) {
        HttpStatus status = switch (e.reason()) {
            case REFUSED -> HttpStatus.BAD_REQUEST;
            case DISALLOWED -> HttpStatus.FORBIDDEN;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            case DNS, NETWORK, REDIRECTS, TOO_LARGE -> HttpStatus.BAD_GATEWAY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.reason()) {
            case REFUSED -> "URL refused";
            case DISALLOWED -> "Disallowed by robots.txt";
            case TIMEOUT -> "The page did not answer in time";
            case BUSY -> "Fetching is busy";
            case DNS, NETWORK, REDIRECTS, TOO_LARGE -> "The page could not be fetched";
        });
        problem.setProperty("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT));
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return Problems.answer(problem, headers, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unusablePage(FetchNow.UnusablePageException e, HttpServletRequest request) {
        HttpStatus status = e.upstreamStatus() == 0 ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_GATEWAY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("The page cannot become an article");
        if (e.upstreamStatus() != 0) {
            problem.setProperty("upstreamStatus", e.upstreamStatus());
        }
        return Problems.answer(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not the JSON object expected here: " + firstLine(e.getMostSpecificCause().getMessage()));
        problem.setTitle("Unreadable request");
        return Problems.answer(problem, new HttpHeaders(), request);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.split("\n", 2)[0];
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
