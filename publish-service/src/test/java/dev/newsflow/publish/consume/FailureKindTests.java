package dev.newsflow.publish.consume;

import dev.newsflow.contracts.DeadLetterReason;
import dev.newsflow.contracts.format.FieldViolation;
import dev.newsflow.contracts.format.FormatException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.publish.PublishProperties;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class FailureKindTests {

    private static final PublishProperties.Retry RETRY =
            new PublishProperties.Retry(Duration.ofMillis(200), 2.0, Duration.ofSeconds(30), 4);

    @Test
    void databaseOutagesAreTransientEvenWhenWrapped() {
        var noConnection = new CannotGetJdbcConnectionException("down", new SQLTransientConnectionException("refused"));
        assertThat(FailureKind.of(wrapped(noConnection))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(wrapped(new CannotCreateTransactionException("down")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(wrapped(new DataAccessResourceFailureException("reset")))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void unusableRecordsArePermanent() {
        var invalid = new FormatException(DeadLetterReason.NOT_JSON, List.of(new FieldViolation(FieldViolation.DOCUMENT, "not JSON")));
        assertThat(FailureKind.of(wrapped(invalid))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.reasonOf(wrapped(invalid))).isEqualTo(DeadLetterReason.NOT_JSON);
        var rejected = new DataIntegrityViolationException("unsupported Unicode escape sequence");
        assertThat(FailureKind.of(wrapped(rejected))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.reasonOf(wrapped(rejected))).isEqualTo(DeadLetterReason.STORE_REJECTED);
        assertThat(FailureKind.unwrap(wrapped(invalid))).isSameAs(invalid);
    }

    @Test
    void anythingElseIsUnclassified() {
        assertThat(FailureKind.of(wrapped(new IllegalStateException("bug")))).isEqualTo(FailureKind.UNCLASSIFIED);
        assertThat(FailureKind.reasonOf(wrapped(new IllegalStateException("bug")))).isEqualTo(DeadLetterReason.PROCESSING_FAILED);
    }

    @Test
    void transientBackOffGrowsToTheCapAndNeverGivesUp() {
        BackOffExecution execution = ErrorHandlingConfiguration.transientBackOff(RETRY).start();
        assertThat(execution.nextBackOff()).isEqualTo(200);
        assertThat(execution.nextBackOff()).isEqualTo(400);
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isEqualTo(30_000);
    }

    @Test
    void unclassifiedBackOffGivesUpAfterTheConfiguredAttempts() {
        BackOff backOff = ErrorHandlingConfiguration.unclassifiedBackOff(RETRY);
        BackOffExecution execution = backOff.start();
        assertThat(execution.nextBackOff()).isNotEqualTo(BackOffExecution.STOP);
        assertThat(execution.nextBackOff()).isNotEqualTo(BackOffExecution.STOP);
        assertThat(execution.nextBackOff()).isNotEqualTo(BackOffExecution.STOP);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    private static Exception wrapped(Throwable cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }
}
