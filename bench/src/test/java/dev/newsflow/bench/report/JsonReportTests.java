package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTests {

    @Test
    void theJsonHoldsTheSameFiguresAsTheTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/bench.json");

        JsonReport.write(TableWriterTests.sample(), file);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.path("run").path("runId").asString()).isEqualTo("rabc");
        assertThat(json.path("measures").get(1).path("key").asString()).isEqualTo("e2e");
        assertThat(json.path("measures").get(1).path("perSecond").asDouble()).isEqualTo(2_000.0);
        assertThat(json.path("measures").get(1).path("p99Ms").asDouble()).isEqualTo(950.0);
        assertThat(json.path("measures").get(0).path("p99Ms").isNull()).isTrue();
        assertThat(json.path("processes").get(0).path("cpuMsPerArticle").asDouble()).isEqualTo(0.625);
        assertThat(json.path("endToEndOverProducer").asDouble()).isEqualTo(0.08);
        assertThat(json.path("stagesMs").path("entities").asDouble()).isEqualTo(0.25);
        assertThat(json.path("targets").get(0).path("met").asBoolean()).isTrue();
        assertThat(json.path("targets").get(1).path("met").isNull()).isTrue();
        assertThat(json.path("input").path("real").asBoolean()).isTrue();
        assertThat(json.path("cpu").get(0).path("key").asString()).isEqualTo("core.text");
        assertThat(json.path("cpu").get(0).path("medianMs").asDouble()).isEqualTo(2.0);
        assertThat(json.path("cpu").get(0).path("p90Ms").asDouble()).isEqualTo(2.5);
        assertThat(json.path("budgets").get(0).path("ratio").asDouble()).isEqualTo(1.0);
        assertThat(json.path("budgets").get(0).path("met").asBoolean()).isTrue();
    }

    @Test
    void aWrittenReportReadsBackEqual() {
        Report report = TableWriterTests.sample();

        assertThat(JsonReport.read(JsonReport.toJson(report))).isEqualTo(report);
    }
}
