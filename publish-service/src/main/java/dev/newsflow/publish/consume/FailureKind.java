package dev.newsflow.publish.consume;

import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.format.FormatException;
import dev.newsflow.publish.events.PublishFailedException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.TransactionException;

/** How the error handler treats a failure of processing one record. */
enum FailureKind {
    /** The database or the broker is unavailable: retried for as long as it lasts, never dead-lettered. */
    TRANSIENT,
    /** The record itself is unusable: dead-lettered at once. */
    PERMANENT,
    /** Not known to heal or not: a few tries, then dead-lettered. */
    UNCLASSIFIED;

    static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ListenerExecutionFailedException || t instanceof BatchListenerFailedException) {
                continue;
            }
            if (t instanceof FormatException || t instanceof DataIntegrityViolationException) {
                return PERMANENT;
            }
            // a bad SQL statement or a missing table is also a DataAccessException: it halts the
            // partition until fixed rather than dead-lettering every article that meets it
            if (t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof PublishFailedException || t instanceof RetriableException) {
                return TRANSIENT;
            }
        }
        return UNCLASSIFIED;
    }

    /** The failure the record's handling raised, without the container's and the batch's wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ListenerExecutionFailedException || t instanceof BatchListenerFailedException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static DeadLetterReason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FormatException invalid) {
                return invalid.reason();
            }
            if (t instanceof DataIntegrityViolationException) {
                return DeadLetterReason.STORE_REJECTED;
            }
        }
        return DeadLetterReason.PROCESSING_FAILED;
    }
}
