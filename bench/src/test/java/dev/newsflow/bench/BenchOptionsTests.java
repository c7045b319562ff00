package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTests {

    @Test
    void defaultsAreANormalRunOfEveryPart() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.articles()).isEqualTo(20_000);
        assertThat(options.rates()).containsExactly(100, 500, 1000);
        assertThat(options.durationSeconds()).isEqualTo(20);
        assertThat(options.parts()).isEqualTo(EnumSet.allOf(Part.class));
        assertThat(options.smoke()).isFalse();
        assertThat(options.json()).isNull();
        assertThat(options.searchArticles()).isEqualTo(20_000);
        assertThat(options.searchRequests()).isEqualTo(50);
    }

    @Test
    void theSearchPartIsSizedOnItsOwn() {
        BenchOptions options = BenchOptions.parse("--parts", "search", "--search-articles", "200000", "--search-requests", "20");

        assertThat(options.parts()).containsExactly(Part.SEARCH);
        assertThat(options.searchArticles()).isEqualTo(200_000);
        assertThat(options.searchRequests()).isEqualTo(20);
        assertThat(BenchOptions.parse("--smoke").searchArticles()).isLessThanOrEqualTo(1_000);
        assertThat(BenchOptions.parse("--smoke", "--search-articles", "5000").searchArticles()).isEqualTo(5_000);
    }

    @Test
    void optionsAreRead() {
        BenchOptions options = BenchOptions.parse("--articles", "100000", "--rates", "200, 800", "--duration", "5",
                "--parts", "e2e,latency", "--json", "/tmp/b.json", "--seed", "7", "--clients", "2", "--batch", "250");

        assertThat(options.articles()).isEqualTo(100_000);
        assertThat(options.rates()).isEqualTo(List.of(200, 800));
        assertThat(options.durationSeconds()).isEqualTo(5);
        assertThat(options.parts()).containsExactlyInAnyOrder(Part.E2E, Part.LATENCY);
        assertThat(options.json()).isEqualTo(Path.of("/tmp/b.json"));
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.clients()).isEqualTo(2);
        assertThat(options.batch()).isEqualTo(250);
        assertThat(options.producerRecords()).isEqualTo(100_000);
    }

    @Test
    void smokeShrinksEverySizeButKeepsExplicitOnes() {
        BenchOptions smoke = BenchOptions.parse("--smoke");
        BenchOptions sized = BenchOptions.parse("--smoke", "--articles", "1000");

        assertThat(smoke.articles()).isLessThanOrEqualTo(500);
        assertThat(smoke.durationSeconds()).isLessThanOrEqualTo(5);
        assertThat(smoke.producerRecords()).isLessThanOrEqualTo(2_000);
        assertThat(smoke.coreArticles()).isLessThanOrEqualTo(500);
        assertThat(sized.articles()).isEqualTo(1000);
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> BenchOptions.parse("--parts", "e2e,speed")).hasMessageContaining("unknown part 'speed'");
        assertThatThrownBy(() -> BenchOptions.parse("--articles", "-5")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> BenchOptions.parse("--rates")).hasMessageContaining("--rates needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--fast")).hasMessageContaining("unknown option '--fast'");
    }

    @Test
    void theCorpusAndTheCoreAndMemorySizesAreRead() {
        BenchOptions options = BenchOptions.parse("--corpus", "/data/pages", "--core-articles", "500", "--html-rounds", "3",
                "--memory-articles", "9000", "--e2e-input", "real");

        assertThat(options.corpus()).isEqualTo(Path.of("/data/pages"));
        assertThat(options.noCorpus()).isFalse();
        assertThat(options.coreArticles()).isEqualTo(500);
        assertThat(options.htmlRounds()).isEqualTo(3);
        assertThat(options.memoryArticles()).isEqualTo(9_000);
        assertThat(options.e2eInput()).isEqualTo(BenchOptions.E2eInput.REAL);
        assertThat(BenchOptions.parse("--corpus", "none").noCorpus()).isTrue();
        assertThat(BenchOptions.parse().e2eInput()).isEqualTo(BenchOptions.E2eInput.BOTH);
        assertThatThrownBy(() -> BenchOptions.parse("--e2e-input", "fake")).hasMessageContaining("real, generated or both");
    }

    @Test
    void onlyCoreAndMemoryRunWithoutTheStack() {
        assertThat(BenchOptions.parse("--parts", "core,memory").needsStack()).isFalse();
        assertThat(BenchOptions.parse("--parts", "core,e2e").needsStack()).isTrue();
        assertThat(BenchOptions.parse().needsStack()).isTrue();
    }
}
