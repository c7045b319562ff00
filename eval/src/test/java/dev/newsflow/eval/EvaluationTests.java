package dev.newsflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.corpus.PagePair;
import dev.newsflow.corpus.ScrapedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTests {

    static final String STORY = "The council approved the new budget on Tuesday after a long debate. "
            + "Members agreed to spend more on schools and less on roads next year. "
            + "The mayor said the plan would help families across the city.";

    @TempDir
    Path dir;

    @Test
    void readsBothLayoutsAndScoresEachPage() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("site-1"));
        Files.writeString(folder.resolve("source.html"), page("Budget approved"));
        Files.writeString(folder.resolve("expected.html"), "<div><p>" + STORY + "</p></div>");
        Files.writeString(folder.resolve("expected-metadata.json"), "{\"title\": \"Budget approved\", \"lang\": \"en\"}");
        Files.writeString(dir.resolve("site-2.html"), page("Budget approved again"));
        Files.writeString(dir.resolve("site-2.expected.txt"), STORY);
        Files.writeString(dir.resolve("notes.md"), "not a page");

        List<PagePair> pairs = PagePair.in(dir);
        assertThat(pairs).extracting(PagePair::name).containsExactly("site-1", "site-2");
        assertThat(pairs).extracting(PagePair::site).containsOnly("site");

        List<PageResult> results = new Evaluation(Evaluation.Mode.EXTRACT).run(pairs);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.overlap().recall()).isEqualTo(1.0);
        });
        assertThat(results.get(0).titleRight()).isTrue();
        assertThat(results.get(0).languageRight()).isTrue();
        assertThat(results.get(1).ordinal()).isEqualTo(2);

        Summary summary = Summary.of(results);
        assertThat(summary.pages()).isEqualTo(2);
        assertThat(summary.title().pages()).isEqualTo(1);
    }

    @Test
    void cleaningModeMeasuresTheFurnitureKept() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("one"));
        Files.writeString(folder.resolve("source.html"), page("Budget approved"));
        Files.writeString(folder.resolve("expected.txt"), STORY);

        PageResult result = new Evaluation(Evaluation.Mode.CLEAN).run(PagePair.in(dir)).get(0);
        assertThat(result.furnitureKept()).isBetween(0.0, 1.0);
        assertThat(result.titleRight()).isNull();
    }

    @Test
    void oneLineShapeMeasuresTheSameFiguresOnTheFlattenedScrape() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("one"));
        Files.writeString(folder.resolve("source.html"), page("Budget approved"));
        Files.writeString(folder.resolve("expected.txt"), STORY);

        PageResult result = new Evaluation(Evaluation.Mode.CLEAN, Evaluation.Extractor.ENRICHER, Evaluation.Shape.ONE_LINE).run(PagePair.in(dir)).get(0);
        assertThat(result.furnitureKept()).isBetween(0.0, 1.0);
        assertThat(result.overlap().recall()).isGreaterThan(0.5);
        assertThat(ScrapedText.oneLine(ScrapedText.of(page("Budget approved")))).doesNotContain("\n").contains(STORY.substring(0, 20));
    }

    @Test
    void floorsReportWhatWasMissed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("one"));
        Files.writeString(folder.resolve("source.html"), page("Budget approved"));
        Files.writeString(folder.resolve("expected.txt"), STORY + " A sentence the page does not have at all, not one word of it.");
        Summary summary = Summary.of(new Evaluation(Evaluation.Mode.EXTRACT).run(PagePair.in(dir)));

        Floors floors = new Floors();
        floors.set("--min-recall", "0.99");
        floors.set("--max-failures", "0");
        assertThat(floors.missed(summary)).singleElement().asString().startsWith("--min-recall 0.99");
    }

    @Test
    void scrapedTextPutsEveryBlockOnItsOwnLine() {
        String text = ScrapedText.of("<html><head><title>t</title><style>p{}</style></head><body>"
                + "<nav><a>Home</a> <a>News</a></nav><p>First <b>bold</b> line.</p><ul><li>one</li><li>two</li></ul>"
                + "<script>var x;</script></body></html>");
        assertThat(text.split("\n")).containsExactly("Home News", "First bold line.", "one", "two");
    }

    private static String page(String title) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a>"
                + " <a href=/sport>Sport</a></nav><article><h1>" + title + "</h1><p>" + STORY + "</p></article>"
                + "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>";
    }

    @Test
    void authorsMatchByTheirWordsWhateverTheCaseOrALeadingBy() {
        assertThat(Evaluation.sameAuthor("By JANE DOE", "Jane Doe")).isTrue();
        assertThat(Evaluation.sameAuthor("Jane Doe", "Jane Doe, Reuters")).isFalse();
        assertThat(Evaluation.sameAuthor("Jane Doe", null)).isFalse();
        assertThat(Evaluation.sameAuthor(null, "Jane Doe")).isNull();
    }

    @Test
    void publishedTimesMatchAsTheSameInstantOrTheSameDate() {
        assertThat(PublishedTime.same("2015-07-24T05:36:09+01:00", "2015-07-24T04:36:09Z")).isTrue();
        assertThat(PublishedTime.same("2019-01-03T07:00:02.000Z", "2019-01-03")).isTrue();
        assertThat(PublishedTime.same("2017-11-16T14:15+0000", "2017-11-16T14:15:00Z")).isTrue();
        assertThat(PublishedTime.same("2019-01-03", "2019-01-04T00:30:00Z")).isFalse();
        assertThat(PublishedTime.same("2019-01-03", null)).isFalse();
        assertThat(PublishedTime.same(null, "2019-01-03")).isNull();
    }

    @Test
    void extractionAloneScoresTheExtractorsOwnText() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("alone"));
        Files.writeString(folder.resolve("source.html"), page("Budget approved"));
        Files.writeString(folder.resolve("expected.txt"), STORY);

        for (Evaluation.Extractor extractor : Evaluation.Extractor.values()) {
            PageResult result = new Evaluation(Evaluation.Mode.EXTRACT, extractor, Evaluation.Shape.LINES).run(PagePair.in(dir)).get(0);
            assertThat(result.error()).as(extractor.name()).isNull();
            assertThat(result.overlap().recall()).as(extractor.name()).isEqualTo(1.0);
        }
    }
}
