package dev.newsflow.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimestampsTests {

    @Test
    void readsTheFormsSourcesUse() {
        assertThat(Timestamps.parseLenient("2024-05-01T10:00:00Z")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
        assertThat(Timestamps.parseLenient("2024-05-01T12:00:00+02:00").toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z").toInstant());
        assertThat(Timestamps.parseLenient("2024-05-01T10:00:00")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
        assertThat(Timestamps.parseLenient("2024-05-01")).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void unreadableIsUnknownNotAnError() {
        assertThat(Timestamps.parseLenient("last Tuesday")).isNull();
        assertThat(Timestamps.parseLenient(" ")).isNull();
        assertThat(Timestamps.parseLenient(null)).isNull();
    }
}
