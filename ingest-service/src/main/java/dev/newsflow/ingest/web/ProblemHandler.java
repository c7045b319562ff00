package dev.newsflow.ingest.web;

import dev.newsflow.contracts.format.FormatException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error answer is {@code application/problem+json} (RFC 9457) saying what to change. A 500
 * is only ever a fault of the service, never of the input, and is logged.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidArticle(FormatException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid article");
        problem.setProperty("errors", e.violations());
        return Problems.answer(problem, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        List<String> supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().sorted().toList();
        String supportedList = String.join(", ", supported);
        String sent = request.getContentType() == null ? "No Content-Type header was sent"
                : "Content-Type '" + request.getContentType() + "' is not supported here";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                sent + "; send one of: " + supportedList);
        problem.setTitle("Unsupported content type");
        problem.setProperty("supported", supported);
        return Problems.answer(problem, e.getHeaders(), request);
    }

    /** Spring MVC's own exceptions (405, 406, 404, ...) carry their status and problem already. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            return Problems.answer(response.getBody(), response.getHeaders(), request, response.getStatusCode());
        }
        log.error("Unexpected fault handling {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed unexpectedly; the article may not be stored. Send it again; if this persists, "
                        + "report it with the time of the request");
        problem.setTitle("Internal error");
        return Problems.answer(problem, new HttpHeaders(), request);
    }
}
