package dev.newsflow.enrichment.lexicon;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.category.Categorizer;
import dev.newsflow.enrichment.entities.EntityExtractor;
import dev.newsflow.enrichment.keywords.KeywordExtractor;
import dev.newsflow.enrichment.quotes.QuoteExtractor;
import dev.newsflow.enrichment.summary.Summarizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every analyser finishes hostile input in well under a second, because it only ever reads a capped prefix. */
class PathologicalInputTests {

    private final EntityExtractor entities = new EntityExtractor();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final Summarizer summarizer = new Summarizer();
    private final Categorizer categorizer = new Categorizer();
    private final QuoteExtractor quotes = new QuoteExtractor();

    static Stream<Arguments> inputs() {
        String sentence = "Vladimir Putin said “we will meet again in Moscow” and the markets rallied.";
        String megabyte = "President Alpha Beta met Gamma Delta in Paris and said “yes” ".repeat(17_000);
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            garbage.append((char) random.nextInt(0x10000));
        }
        String quotesOnly = "“".repeat(200_000) + "\"".repeat(200_000) + "‘".repeat(200_000);
        String rtl = "قال الرئيس فلاديمير بوتين إن روسيا ستدعم كوريا الشمالية. ".repeat(2_000)
                + "שלום עולם Putin said “שלום” in Jerusalem. " + "北京 Beijing 東京 Tokyo 서울 Seoul. ".repeat(2_000);
        return Stream.of(
                Arguments.of("1 MB single line", new TextAnalysis("t", megabyte, List.of(megabyte), "en")),
                Arguments.of("10,000 repeated sentences", new TextAnalysis("t",
                        String.join(" ", Collections.nCopies(10_000, sentence)), Collections.nCopies(10_000, sentence), "en")),
                Arguments.of("binary garbage", new TextAnalysis(garbage.substring(0, 500), garbage.toString(),
                        List.of(garbage.toString()), "und")),
                Arguments.of("only quote marks", new TextAnalysis("", quotesOnly, List.of(quotesOnly), "und")),
                Arguments.of("right-to-left and mixed scripts", TestArticles.of("روسيا Russia", rtl)),
                Arguments.of("no sentences at all", new TextAnalysis("", "", List.of(), "und")),
                Arguments.of("capitalised words only", TestArticles.of("", manyNames())));
    }

    private static String manyNames() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            words.add("Xy" + Integer.toString(i, 36));
        }
        return String.join(" ", words) + ".";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyAnalyserFinishesQuickly(String name, TextAnalysis text) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(entities.extract(text)).hasSizeLessThanOrEqualTo(50);
            assertThat(keywords.extract(text)).hasSizeLessThanOrEqualTo(10);
            String summary = summarizer.summarize(text);
            assertThat(summary == null ? 0 : summary.length()).isLessThanOrEqualTo(3 * 401 + 2);
            assertThat(categorizer.categorize(text).score()).isBetween(0.0, 1.0);
            assertThat(quotes.extract(text)).hasSizeLessThanOrEqualTo(50);
        });
    }
}
