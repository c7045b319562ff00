package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.bench.core.HtmlBench;
import dev.newsflow.bench.memory.MemoryBounds;
import dev.newsflow.bench.report.Budget;
import dev.newsflow.bench.report.CpuFigures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetsTests {

    private static CpuFigures cpu(String key, double medianMs) {
        long nanos = Math.round(medianMs * 1e6);
        return CpuFigures.of(key, key, new long[] {nanos, nanos, nanos}, 3.0, Map.of(), null);
    }

    @Test
    void realTextIsJudgedAgainstTheBudgetAndShownAsARatioToGeneratedText() {
        List<Budget> budgets = Budgets.cpu(List.of(cpu("core.text", 1.5), cpu("core.scraped", 2.5),
                cpu("core.generated", 0.6)), true);

        assertThat(budgets).extracting(Budget::key).containsExactly("core.text", "core.scraped");
        assertThat(budgets.get(0).met()).isTrue();
        assertThat(budgets.get(0).ratio()).isEqualTo(2.5);
        assertThat(budgets.get(0).measured()).contains("1.500 ms median", "0.75x the budget", "2.50x generated text");
        assertThat(budgets.get(1).met()).isFalse();
    }

    @Test
    void anHtmlPageIsJudgedByTheBudgetAndAgainstReadability4jOnTheSamePages() {
        List<Budget> budgets = Budgets.cpu(List.of(cpu(HtmlBench.ENRICH, 6.0), cpu(HtmlBench.READABILITY, 15.0),
                cpu(HtmlBench.JSOUP, 2.0)), true);

        assertThat(budgets).extracting(Budget::key).containsExactly("html", "html.readability4j");
        assertThat(budgets.get(0).met()).isTrue();
        assertThat(budgets.get(0).measured()).contains("6.00 ms median", "3.0x jsoup's parse alone");
        assertThat(budgets.get(1).ratio()).isEqualTo(0.4);
        assertThat(budgets.get(1).met()).isTrue();
        assertThat(Budgets.cpu(List.of(cpu(HtmlBench.ENRICH, 9.0), cpu(HtmlBench.READABILITY, 15.0)), true).get(1).met())
                .isFalse();
    }

    @Test
    void generatedTextIsShownButNeverJudged() {
        List<Budget> budgets = Budgets.cpu(List.of(cpu("core.generated", 0.6)), false);

        assertThat(budgets).singleElement().satisfies(b -> {
            assertThat(b.budget()).startsWith("GENERATED");
            assertThat(b.met()).isNull();
        });
        assertThat(Budgets.memory(new MemoryBounds.Result(1000, 100, 100, 101, true, List.of()), false).met()).isNull();
    }

    @Test
    void memoryIsBoundedWhenTheHeapStaysFlatAfterTheFirstQuarter() {
        Budget flat = Budgets.memory(new MemoryBounds.Result(20_000, 2_000, 119.0, 119.5, true, List.of()), true);
        Budget growing = Budgets.memory(new MemoryBounds.Result(20_000, 2_000, 100.0, 180.0, false, List.of()), true);

        assertThat(flat.met()).isTrue();
        assertThat(flat.measured()).contains("119.0 MB at a quarter", "(+0%)", "20000 real articles over 2000 sources");
        assertThat(growing.met()).isFalse();
        assertThat(growing.ratio()).isEqualTo(1.8);
    }
}
