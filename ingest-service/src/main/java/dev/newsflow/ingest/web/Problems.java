package dev.newsflow.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How every error of ingest-service is answered: {@code application/problem+json} naming the request. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        return answer(problem, headers, request, HttpStatusCode.valueOf(problem.getStatus()));
    }

    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers,
            HttpServletRequest request, HttpStatusCode status) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        // set explicitly: the handler's "produces" would otherwise negotiate plain application/json
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 503 with {@code Retry-After}: the service cannot take this now, and says when to try again. */
    public static ResponseEntity<ProblemDetail> unavailable(String title, String detail, String retryAfterSeconds,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                detail + ". Retry after " + retryAfterSeconds + " s");
        problem.setTitle(title);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        return answer(problem, headers, request);
    }
}
