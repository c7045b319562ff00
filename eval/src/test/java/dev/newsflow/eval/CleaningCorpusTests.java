package dev.newsflow.eval;

import dev.newsflow.corpus.PagePair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cleaning of scraped text on the development corpus (real pages, rendered as a plain-text
 * scraper sees them), with floors just under the figures of the day: story kept, and furniture
 * kept on a source's first article, for one block per line and for one-line scrapes. The corpus
 * lives beside the repository ({@code ../shared/corpora}) and is never copied into it; without
 * it these tests are skipped.
 */
class CleaningCorpusTests {

    static final Path CORPUS = locate();

    private static Path locate() {
        for (String candidate : List.of("../shared/corpora/readability-test-pages", "../../shared/corpora/readability-test-pages")) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path)) {
                return path;
            }
        }
        return null;
    }

    private static Summary run(Evaluation.Shape shape, boolean newsOnly) throws IOException {
        assumeTrue(CORPUS != null, "development corpus not found at ../shared/corpora/readability-test-pages: skipped");
        List<PagePair> pairs = PagePair.in(CORPUS);
        if (newsOnly) {
            Set<String> news = Files.readAllLines(Path.of("corpus/readability-news-pages.txt"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).collect(Collectors.toSet());
            pairs = pairs.stream().filter(p -> news.contains(p.name())).toList();
        }
        return Summary.of(new Evaluation(Evaluation.Mode.CLEAN, Evaluation.Extractor.ENRICHER, shape).run(pairs));
    }

    @Test
    void newsPagesOneBlockPerLine() throws IOException {
        Summary s = run(Evaluation.Shape.LINES, true);
        assertThat(s.failures()).isZero();
        assertThat(s.recall()).as("story kept").isGreaterThanOrEqualTo(0.93);
        assertThat(s.furnitureKeptFirst().value()).as("furniture kept, first article").isLessThanOrEqualTo(0.16);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void newsPagesOneLine() throws IOException {
        Summary s = run(Evaluation.Shape.ONE_LINE, true);
        assertThat(s.failures()).isZero();
        assertThat(s.recall()).as("story kept").isGreaterThanOrEqualTo(0.93);
        assertThat(s.furnitureKeptFirst().value()).as("furniture kept, first article").isLessThanOrEqualTo(0.57);
    }

    @Test
    void allPagesOneBlockPerLine() throws IOException {
        Summary s = run(Evaluation.Shape.LINES, false);
        assertThat(s.failures()).isZero();
        assertThat(s.recall()).as("story kept").isGreaterThanOrEqualTo(0.79);
        assertThat(s.furnitureKept().value()).as("furniture kept").isLessThanOrEqualTo(0.24);
    }
}
