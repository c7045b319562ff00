package dev.newsflow.bench.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTests {

    @Test
    void heapIsTheSumOfTheHeapPoolsOnly() {
        String exposition = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{application="ingest-service",area="heap",id="G1 Eden Space"} 1.2E7
                jvm_memory_used_bytes{application="ingest-service",area="heap",id="G1 Old Gen"} 3.0E7
                jvm_memory_used_bytes{application="ingest-service",area="heap",id="G1 Survivor Space"} 1000000.0
                jvm_memory_used_bytes{application="ingest-service",area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_max_bytes{application="ingest-service",area="heap",id="G1 Old Gen"} 2.68435456E8
                """;

        assertThat(Prometheus.heapUsedBytes(exposition)).isEqualTo(43_000_000.0);
    }

    @Test
    void noHeapMetricIsMinusOne() {
        assertThat(Prometheus.heapUsedBytes("process_cpu_usage{application=\"x\"} 0.5\n")).isEqualTo(-1);
    }
}
