package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HostGateTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void oneRequestPerSecondPerHostByDefault() {
        HostGate gate = new HostGate(1.0, 2, now::get);

        assertThat(gate.tryEnter("news.example")).isEqualTo(HostGate.ENTERED);
        gate.leave("news.example");
        assertThat(gate.tryEnter("news.example")).isEqualTo(1_000_000_000L);
        assertThat(gate.tryEnter("other.example")).as("another host has its own turn").isEqualTo(HostGate.ENTERED);

        now.addAndGet(999_000_000L);
        assertThat(gate.tryEnter("NEWS.example")).isEqualTo(1_000_000L);
        now.addAndGet(1_000_000L);
        assertThat(gate.tryEnter("news.example")).isEqualTo(HostGate.ENTERED);
    }

    @Test
    void atMostConcurrencyRequestsInFlightPerHost() {
        HostGate gate = new HostGate(1000.0, 2, now::get);

        assertThat(gate.tryEnter("news.example")).isEqualTo(HostGate.ENTERED);
        now.addAndGet(1_000_000L);
        assertThat(gate.tryEnter("news.example")).isEqualTo(HostGate.ENTERED);
        now.addAndGet(1_000_000L);
        assertThat(gate.tryEnter("news.example")).as("two in flight").isEqualTo(10_000_000L);

        gate.leave("news.example");
        assertThat(gate.tryEnter("news.example")).isEqualTo(HostGate.ENTERED);
    }

    @Test
    void robotsCrawlDelayStretchesTheIntervalUpToAMinute() {
        HostGate gate = new HostGate(1.0, 2, now::get);
        gate.crawlDelay("slow.example", 5_000);
        gate.crawlDelay("greedy.example", 3_600_000);

        assertThat(gate.tryEnter("slow.example")).isEqualTo(HostGate.ENTERED);
        assertThat(gate.tryEnter("slow.example")).isEqualTo(5_000_000_000L);
        assertThat(gate.tryEnter("greedy.example")).isEqualTo(HostGate.ENTERED);
        assertThat(gate.tryEnter("greedy.example")).isEqualTo(60_000_000_000L);
    }
}
