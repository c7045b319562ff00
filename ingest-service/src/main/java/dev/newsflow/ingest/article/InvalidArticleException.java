package dev.newsflow.ingest.article;

import java.util.List;
import java.util.stream.Collectors;

/** The input is not an article ingest can take; the violations say what to fix. */
public class InvalidArticleException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidArticleException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static InvalidArticleException of(String field, String message) {
        return new InvalidArticleException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
