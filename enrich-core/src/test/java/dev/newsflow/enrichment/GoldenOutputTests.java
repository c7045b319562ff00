package dev.newsflow.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.contracts.RawArticle;
import dev.newsflow.corpus.ArticleGenerator;
import dev.newsflow.enrichment.boilerplate.InMemorySourceBoilerplateStore;
import dev.newsflow.enrichment.clean.CleaningOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The enrichment of a fixed set of articles (generated ones, plain and HTML, from one seed, and the
 * seed article) field by field, against a golden file: speed work on the analysers must not change
 * what they output. The file holds a short SHA-256 of every field; a failure names the article and
 * field and shows the new value. When output changes on purpose (raise {@link Enricher#VERSION}),
 * regenerate the file with {@code -Dgolden.update=true}.
 */
class GoldenOutputTests {

    static final String RESOURCE = "/golden/enrichment-fields.txt";
    static final Path SOURCE_FILE = Path.of("src", "test", "resources", "golden", "enrichment-fields.txt");
    static final int GENERATED = 40;

    @Test
    void outputMatchesTheGoldenFile() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> actual = fieldLines(values);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(SOURCE_FILE.getParent());
            Files.write(SOURCE_FILE, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = golden();

        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String a = i < actual.size() ? actual.get(i) : "(missing)";
            String e = i < expected.size() ? expected.get(i) : "(missing)";
            if (!a.equals(e) && changed.size() < 10) {
                String field = a.substring(0, Math.max(0, a.lastIndexOf(' ')));
                changed.add(field + " is now: " + values.get(field));
            }
        }
        assertThat(changed).as("fields that differ from %s", RESOURCE).isEmpty();
        assertThat(actual).hasSize(expected.size());
    }

    /** One line per article and field: {@code id field hash}; {@code values} gets each field's text. */
    static List<String> fieldLines(Map<String, String> values) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        Instant ingestedAt = Instant.parse("2024-05-01T11:59:59Z");
        Enricher enricher = new Enricher(new InMemorySourceBoilerplateStore(), CleaningOptions.DEFAULT, clock);
        List<RawArticle> articles = new ArrayList<>();
        ArticleGenerator generator = new ArticleGenerator(42);
        for (int i = 0; i < GENERATED; i++) {
            articles.add(i % 4 == 3 ? generator.nextHtml() : generator.next());
        }
        String seed = Files.readString(Path.of("..", "samples", "kim-putin-vostochny-summit.txt"), StandardCharsets.UTF_8);
        int newline = seed.indexOf('\n');
        articles.add(new RawArticle("seed", null, "ann", seed.substring(0, newline), seed.substring(newline + 1),
                RawArticle.TEXT_PLAIN, null, null, null, Map.of()));

        List<String> lines = new ArrayList<>();
        long version = 0;
        for (RawArticle article : articles) {
            EnrichedArticle enriched = enricher.enrich(article, new ArticleContext(article.id(), version++, ingestedAt));
            for (RecordComponent component : EnrichedArticle.class.getRecordComponents()) {
                Object value = value(component, enriched);
                String text = value instanceof Map<?, ?> map ? new TreeMap<>(map).toString() : String.valueOf(value);
                String field = article.id() + " " + component.getName();
                values.put(field, text);
                lines.add(field + " " + hash(text));
            }
        }
        return lines;
    }

    private static Object value(RecordComponent component, EnrichedArticle article) {
        try {
            return component.getAccessor().invoke(article);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = GoldenOutputTests.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("golden file %s", RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
