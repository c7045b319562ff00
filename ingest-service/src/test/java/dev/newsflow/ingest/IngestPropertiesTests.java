package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import dev.newsflow.contracts.Topics;
import org.junit.jupiter.api.Test;

class IngestPropertiesTests {

    private static IngestProperties limits(int maxBodyBytes, int maxHtmlBodyBytes) {
        return new IngestProperties(3, maxBodyBytes, maxHtmlBodyBytes, 16_777_216, 1000, Duration.ofSeconds(8), 5, 50_000,
                List.of(), null);
    }

    @Test
    void theDefaultLimitsWriteRecordsAsLargeAsEnrichReads() {
        IngestProperties defaults = limits(1_048_576, 10_485_760);

        assertThat(defaults.maxRecordBytes()).isEqualTo(Topics.RAW_MAX_VALUE_BYTES);
        assertThat(defaults.maxTextRecordBytes()).isEqualTo(2_097_152);
        assertThat(defaults.maxRequestBytes()).isEqualTo(Topics.RAW_MAX_MESSAGE_BYTES);
    }

    @Test
    void limitsThatWouldWriteRecordsEnrichCannotReadAreRefused() {
        assertThatThrownBy(() -> limits(1_048_576, 20 * 1_048_576)).hasMessageContaining("enrich-service reads at most 13107200");
        assertThatThrownBy(() -> limits(8 * 1_048_576, 1_048_576)).hasMessageContaining("max-body-bytes (8388608)");
        assertThat(limits(6_553_600, 1_048_576).maxRecordBytes()).isEqualTo(Topics.RAW_MAX_VALUE_BYTES);
    }
}
