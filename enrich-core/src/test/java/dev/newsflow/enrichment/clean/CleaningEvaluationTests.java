package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.RawArticle;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of cleaning over the fixtures in {@code fixtures/cleaning}: recall is the
 * share of expected removals found (with the right reason for "reason recall"), precision the
 * share of removals that were expected. Story sentences marked {@code +} must all survive.
 */
class CleaningEvaluationTests {

    record Expected(char kind, RemovalReason reason, String text) {
    }

    @Test
    void cleaningPrecisionAndRecallOnFixtures() throws IOException, URISyntaxException {
        Cleaner cleaner = new Cleaner(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT);
        int expectedRemovals = 0;
        int found = 0;
        int foundWithReason = 0;
        int removals = 0;
        int expectedRemovalsHit = 0;
        List<String> lostStory = new ArrayList<>();
        for (Path input : fixtures()) {
            String name = input.getFileName().toString();
            String base = name.substring(0, name.lastIndexOf('.'));
            List<Expected> expected = expectations(input.resolveSibling(base + ".expected"));
            CleanedText text = cleaner.clean(raw(input), base);
            List<Removal> judged = text.removed().stream().filter(r -> r.reason() != RemovalReason.EMPTY_AFTER_CLEANING).toList();
            for (Expected e : expected) {
                if (e.kind() == '+' && !text.body().contains(e.text())) {
                    lostStory.add(base + ": " + e.text());
                } else if (e.kind() == '-') {
                    expectedRemovals++;
                    List<Removal> hits = judged.stream().filter(r -> r.text().contains(e.text())).toList();
                    // a repeated sentence stays once in the body; anything else must be gone from it
                    boolean gone = e.reason() == RemovalReason.REPEATED_SENTENCE || !text.body().contains(e.text());
                    if (!hits.isEmpty() && gone) {
                        found++;
                        foundWithReason += hits.stream().anyMatch(r -> r.reason() == e.reason()) ? 1 : 0;
                    } else {
                        System.out.println("missed in " + base + ": " + e.text());
                    }
                }
            }
            for (Removal removal : judged) {
                removals++;
                boolean wanted = expected.stream().anyMatch(e -> e.kind() != '+'
                        && (removal.text().contains(e.text()) || e.text().contains(removal.text())));
                if (wanted) {
                    expectedRemovalsHit++;
                } else {
                    System.out.println("unexpected removal in " + base + ": " + removal);
                }
            }
        }
        double precision = removals == 0 ? 1 : (double) expectedRemovalsHit / removals;
        double recall = (double) found / expectedRemovals;
        double reasonRecall = (double) foundWithReason / expectedRemovals;
        System.out.printf(Locale.ROOT, "cleaning: precision %.3f (%d/%d), recall %.3f (%d/%d), recall with reason %.3f,"
                + " story sentences lost %d%n", precision, expectedRemovalsHit, removals, recall, found, expectedRemovals,
                reasonRecall, lostStory.size());

        assertThat(lostStory).as("story sentences dropped").isEmpty();
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(reasonRecall).isGreaterThanOrEqualTo(0.9);
    }

    static List<Path> fixtures() throws IOException, URISyntaxException {
        URL dir = CleaningEvaluationTests.class.getResource("/fixtures/cleaning");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static RawArticle raw(Path input) throws IOException {
        String content = Files.readString(input, StandardCharsets.UTF_8);
        String name = input.getFileName().toString();
        String source = name.startsWith("source-") ? "valley-gazette" : null;
        if (name.endsWith(".html")) {
            return new RawArticle(null, null, source, null, content, RawArticle.TEXT_HTML, null, null, null, null);
        }
        int newline = content.indexOf('\n');
        return new RawArticle(null, null, source, content.substring(0, newline), content.substring(newline + 1),
                RawArticle.TEXT_PLAIN, null, null, null, null);
    }

    static List<Expected> expectations(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            char kind = line.charAt(0);
            String rest = line.substring(2);
            if (kind == '-') {
                int space = rest.indexOf(' ');
                expected.add(new Expected(kind, RemovalReason.valueOf(rest.substring(0, space)), rest.substring(space + 1)));
            } else {
                expected.add(new Expected(kind, null, rest));
            }
        }
        return expected;
    }
}
