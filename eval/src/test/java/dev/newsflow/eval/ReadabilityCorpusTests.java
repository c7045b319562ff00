package dev.newsflow.eval;

import dev.newsflow.corpus.PagePair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction on Mozilla Readability's test pages (real pages, Readability's extraction as the
 * reference), when the corpus sits at {@code ../shared/corpora} beside the repository. The floors
 * are quality floors just under the figures of the day, not timings.
 */
class ReadabilityCorpusTests {

    private static List<PageResult> all;
    private static List<PageResult> news;

    @BeforeAll
    static void runTheCorpus() throws IOException {
        Path corpus = repositoryRoot().resolve("../shared/corpora/readability-test-pages").normalize();
        assumeTrue(Files.isDirectory(corpus), "skipped: no corpus at " + corpus
                + " (the readability test pages; see the eval README)");
        Set<String> newsPages = Set.copyOf(Files.readAllLines(repositoryRoot().resolve("eval/corpus/readability-news-pages.txt"))
                .stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList());
        all = new Evaluation(Evaluation.Mode.EXTRACT).run(PagePair.in(corpus));
        news = all.stream().filter(r -> newsPages.contains(r.name())).toList();
    }

    @Test
    void newsPagesAreExtractedAlmostAsTheReferenceDoes() {
        Summary summary = Summary.of(news);

        assertThat(summary.pages()).isEqualTo(50);
        assertThat(summary.f1()).isGreaterThanOrEqualTo(0.975);
        assertThat(summary.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(summary.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(summary.title().value()).isGreaterThanOrEqualTo(0.98);
        assertThat(summary.author().value()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.published().value()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void allPagesIncludingTheOneQuirkTestPages() {
        Summary summary = Summary.of(all);

        assertThat(summary.failures()).isZero();
        assertThat(summary.f1()).isGreaterThanOrEqualTo(0.945);
        assertThat(summary.title().value()).isGreaterThanOrEqualTo(0.98);
        assertThat(summary.author().value()).isGreaterThanOrEqualTo(0.95);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
