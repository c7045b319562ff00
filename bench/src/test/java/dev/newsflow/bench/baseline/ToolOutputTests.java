package dev.newsflow.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolOutputTests {

    // as Kafka 4.1.2's tools print it (a real run of ./newsflow bench)
    private static final String PRODUCER = """
            Reading payloads from: /tmp/x/payloads.ndjson
            Number of messages read: 500
            1310 records sent, 261.9 records/sec (0.90 MB/sec), 1201.3 ms avg latency, 1879.0 ms max latency.
            2000 records sent, 675.0 records/sec (2.33 MB/sec), 769.57 ms avg latency, 1879.00 ms max latency, \
            749 ms 50th, 956 ms 95th, 993 ms 99th, 1022 ms 99.9th.
            """;

    private static final String CONSUMER = """
            start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
            fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
            2026-11-27 21:36:08:411, 2026-11-27 21:36:09:521, 6.9009, 6.2171, 2000, 1801.8018, 847, 263, 26.2393, 7604.5627
            """;

    @Test
    void producerFiguresComeFromTheFinalSummaryNotTheIntervalLines() {
        ToolOutput.ProducerFigures figures = ToolOutput.producer(PRODUCER);

        assertThat(figures.records()).isEqualTo(2000);
        assertThat(figures.recordsPerSecond()).isEqualTo(675.0);
        assertThat(figures.mbPerSecond()).isEqualTo(2.33);
        assertThat(figures.avgLatencyMs()).isEqualTo(769.57);
        assertThat(figures.maxLatencyMs()).isEqualTo(1879.0);
        assertThat(figures.p50Ms()).isEqualTo(749);
        assertThat(figures.p95Ms()).isEqualTo(956);
        assertThat(figures.p99Ms()).isEqualTo(993);
    }

    @Test
    void producerOutputWithoutSummaryIsAnErrorShowingTheOutput() {
        assertThatThrownBy(() -> ToolOutput.producer("Exception in thread main: TimeoutException"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TimeoutException");
    }

    @Test
    void consumerFiguresAreReadByColumnName() {
        ToolOutput.ConsumerFigures figures = ToolOutput.consumer("some log line\n" + CONSUMER);

        assertThat(figures.records()).isEqualTo(2000);
        assertThat(figures.mb()).isEqualTo(6.9009);
        assertThat(figures.recordsPerSecond()).isEqualTo(1801.8018);
        assertThat(figures.mbPerSecond()).isEqualTo(6.2171);
        assertThat(figures.fetchRecordsPerSecond()).isEqualTo(7604.5627);
        assertThat(figures.fetchMbPerSecond()).isEqualTo(26.2393);
        assertThat(figures.rebalanceMs()).isEqualTo(847);
        assertThat(figures.fetchMs()).isEqualTo(263);
    }

    @Test
    void consumerFiguresFollowTheHeaderWhateverTheColumnOrder() {
        String reordered = """
                start.time, end.time, fetch.nMsg.sec, fetch.MB.sec, fetch.time.ms, rebalance.time.ms, nMsg.sec, \
                data.consumed.in.nMsg, MB.sec, data.consumed.in.MB
                a, b, 100.5, 2.5, 40, 7, 90.0, 4, 2.0, 0.5
                """;

        ToolOutput.ConsumerFigures figures = ToolOutput.consumer(reordered);

        assertThat(figures.fetchRecordsPerSecond()).isEqualTo(100.5);
        assertThat(figures.records()).isEqualTo(4);
        assertThat(figures.mb()).isEqualTo(0.5);
    }

    @Test
    void consumerOutputWithoutFiguresIsAnError() {
        assertThatThrownBy(() -> ToolOutput.consumer("WARN: Exiting before consuming the expected number of messages"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Exiting before consuming");
    }
}
