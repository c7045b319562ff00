package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableWriterTests {

    static Report sample() {
        Measure producer = Measure.throughput("baseline.producer", "kafka ProducerPerformance", 50_000, 2.0,
                50_000 * 3_500.0);
        Measure e2e = Measure.throughput("e2e", "end to end, 20000 articles", 20_000, 10.0, 20_000 * 3_500.0)
                .withLatency(new Latencies(20_000, 120.5, 800.25, 950.0, 1_200.0))
                .withNote("first send to last commit 10.0 s");
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("clean", 0.125);
        stages.put("entities", 0.25);
        return new Report(
                new Report.RunInfo("rabc", "2026-11-27T21:00:00Z", 60.0, "baseline,e2e", 20_000, 42, false, 2, "3.1 -> 4.2",
                        null, "17.0.15"),
                new Report.Input(true, "real text from corpus/"),
                List.of(producer, e2e), stages,
                List.of(CpuFigures.of("core.text", "real 3 KB text", new long[] {1_500_000, 2_000_000, 2_500_000}, 3.1, stages,
                        null), CpuFigures.of("html.readability4j", "Readability4J", new long[] {20_000_000}, 240.0, Map.of(), null)),
                List.of(new Budget("core.text", "real 3 KB article <= 2 ms CPU", 2.0, 2.0, "the budget", 1.0,
                        "2.000 ms median", true)),
                List.of(new ProcessUsage("enrich", 123, 12.5, 0.625, 380.4, 150.2),
                        new ProcessUsage("postgres", 77, 4.0, 0.2, 120.0, null)),
                0.08, 0.5,
                List.of(new TargetCheck("end to end >= 2,000 articles/s (100,000)", "2000/s for 20000", true),
                        new TargetCheck("p99 ingest -> queryable <= 250 ms at 500/s", "not run", null)),
                List.of("2 CPUs, load average 3.1"));
    }

    @Test
    void everyMeasureAndProcessIsOneRowUnderOneHeader() {
        String table = TableWriter.render(sample());
        List<String> lines = table.lines().skip(1).toList();

        assertThat(lines.get(0)).startsWith("measure").contains("articles/s", "MB/s", "p50 ms", "p99 ms", "max ms",
                "CPU ms/article", "peak RSS MB", "peak heap MB");
        assertThat(lines.get(1)).matches("[- ]+");
        assertThat(lines.get(2)).startsWith("kafka ProducerPerformance").contains("25,000", "83.4");
        assertThat(lines.get(3)).startsWith("end to end, 20000 articles").contains("2,000", "120.5", "800.3", "950.0", "1,200.0");
        assertThat(lines.get(4)).startsWith("process enrich").contains("0.625", "380", "150");
        assertThat(lines.get(5)).startsWith("process postgres").contains("0.200", "120").endsWith("-");
        assertThat(lines.get(6)).startsWith("stack total").contains("0.825", "500");
    }

    @Test
    void columnsLineUp() {
        List<String> lines = TableWriter.render(sample()).lines().skip(1).limit(7).toList();
        int mbColumnEnd = lines.get(0).indexOf("MB/s") + "MB/s".length();

        assertThat(lines.get(2).substring(0, mbColumnEnd)).endsWith("83.4");
        assertThat(lines.get(3).substring(0, mbColumnEnd)).endsWith("6.7");
    }

    @Test
    void ratiosStagesTargetsAndNotesFollowTheTable() {
        String table = TableWriter.render(sample());

        assertThat(table).contains("ratio end-to-end / raw producer: 0.080    publish stage / bulk upsert: 0.500");
        assertThat(table).contains("stages of real 3 KB text, mean wall ms: clean 0.125 (33%) entities 0.250 (67%)");
        assertThat(table).contains("target MET   end to end >= 2,000 articles/s (100,000)");
        assertThat(table).contains("target n/a   p99 ingest -> queryable <= 250 ms at 500/s");
        assertThat(table).contains("note end to end, 20000 articles: first send to last commit 10.0 s");
        assertThat(table).contains("note: 2 CPUs, load average 3.1");
    }

    @Test
    void theInputComesFirstAndTheCpuFiguresAndBudgetsFollowTheTable() {
        List<String> lines = TableWriter.render(sample()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("input: real text from corpus/");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("CPU per article or page").contains("median ms", "p90 ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("real 3 KB text").contains("3", "3.1", "2.000", "2.500"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Readability4J").contains("240.0", "20.000"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("budget MET   real 3 KB article <= 2 ms CPU")
                .endsWith("2.000 ms median"));
    }

    @Test
    void absentFiguresAreDashes() {
        assertThat(TableWriter.number(null, 1)).isEqualTo("-");
        assertThat(TableWriter.number(Double.NaN, 1)).isEqualTo("-");
        assertThat(TableWriter.number(1234.56, 1)).isEqualTo("1,234.6");
    }
}
