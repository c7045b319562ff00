package dev.newsflow.ingest.intake.reading;

import dev.newsflow.contracts.format.RawArticleFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsflow.contracts.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleCodecTests {

    private final ArticleCodec codec = new ArticleCodec();

    @Test
    void writesOnlyContractFieldsAndLeavesOutAbsentOnes() {
        String json = new String(codec.encode(new RawArticle("a", null, null, "T", "B", "text/html", null, null, null, null)),
                StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"id\":\"a\",\"title\":\"T\",\"body\":\"B\",\"contentType\":\"text/html\"}");
    }

    @Test
    void encodesTheSameArticleToTheSameBytesWhateverTheMetadataOrder() {
        Map<String, String> forward = new LinkedHashMap<>();
        Map<String, String> backward = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            forward.put("k" + i, "v" + i);
            backward.put("k" + (19 - i), "v" + (19 - i));
        }

        assertThat(codec.encode(new RawArticle("a", null, null, "T", "B", null, null, null, null, forward)))
                .isEqualTo(codec.encode(new RawArticle("a", null, null, "T", "B", null, null, null, null, backward)));
    }

    @Test
    void whatItWritesReadsBackAsTheSameArticle() {
        RawArticle article = new RawArticle("a", "https://example.com/1", "wire", "Tïtle \"quoted\"", "Line 1\nLine 2",
                "text/plain", "en", "2024-01-01T00:00:00Z", "Ann", Map.of("b", "2", "a", "1"));

        assertThat(new RawArticleFormat().read(new String(codec.encode(article), StandardCharsets.UTF_8))).isEqualTo(article);
    }
}
