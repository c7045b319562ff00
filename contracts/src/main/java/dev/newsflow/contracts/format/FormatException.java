package dev.newsflow.contracts.format;

import dev.newsflow.contracts.DeadLetterReason;
import java.util.List;
import java.util.stream.Collectors;

/** A document that breaks its topic's format, with every problem found in it. */
public final class FormatException extends RuntimeException {

    private final DeadLetterReason reason;
    private final List<FieldViolation> violations;

    public FormatException(DeadLetterReason reason, List<FieldViolation> violations) {
        this(reason, violations, null);
    }

    public FormatException(DeadLetterReason reason, List<FieldViolation> violations, Throwable cause) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")), cause);
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    /** One field (or {@link FieldViolation#DOCUMENT}) that breaks the topic's rules. */
    public static FormatException invalid(String field, String message) {
        return new FormatException(DeadLetterReason.SCHEMA_INVALID, List.of(new FieldViolation(field, message)));
    }

    static FormatException of(DeadLetterReason reason, String message, Throwable cause) {
        return new FormatException(reason, List.of(new FieldViolation(FieldViolation.DOCUMENT, message)), cause);
    }

    /**
     * {@link DeadLetterReason#NOT_UTF8}, {@link DeadLetterReason#NOT_JSON}, {@link DeadLetterReason#SCHEMA_INVALID}
     * or {@link DeadLetterReason#TOO_LARGE}.
     */
    public DeadLetterReason reason() {
        return reason;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
