package dev.newsflow.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTests {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsPageMetadata() throws IOException {
        HtmlPage page = extractor.extract(fixture(), "https://coastal-tribune.example/x");

        assertThat(page.title()).isEqualTo("Harbour Bridge Reopens After Two-Year Repair");
        assertThat(page.canonicalUrl()).isEqualTo("https://coastal-tribune.example/local/harbour-bridge-reopens");
        assertThat(page.author()).isEqualTo("Lena Marsh");
        assertThat(page.publishedAt()).isEqualTo("2024-03-14T08:30:00Z");
        assertThat(page.metadata()).containsEntry("siteName", "Coastal Tribune");
    }

    @Test
    void keepsArticleParagraphsAndDropsFurniture() throws IOException {
        HtmlPage page = extractor.extract(fixture(), null);

        assertThat(page.text()).startsWith("Harbour Bridge Reopens After Two-Year Repair\n\nBy Lena Marsh")
                .contains("\n\nThe harbour bridge reopened to traffic on Thursday morning")
                .doesNotContain("Share on Facebook", "We use cookies", "Ferry fares", "Leave a Reply", "window.analytics",
                        "font-family");
        assertThat(page.removed()).extracting(Removal::reason).contains(RemovalReason.HTML_NON_CONTENT,
                RemovalReason.BOILERPLATE_PATTERN, RemovalReason.RELATED_CONTENT);
        assertThat(page.removed()).hasSizeLessThan(12);
        assertThat(page.removed()).allSatisfy(r -> assertThat(r.text().length()).isLessThan(200));
    }

    @Test
    void jsonLdFillsWhatMetaTagsLack() {
        HtmlPage page = extractor.extract("<html><head><title>Story - Site</title><script type=\"application/ld+json\">"
                + "{\"headline\": \"Ld Headline\", \"author\": {\"name\": \"Ada Byline\"}, \"datePublished\": \"2024-02-01\"}"
                + "</script></head><body><p>Text.</p></body></html>", null);

        assertThat(page.title()).isEqualTo("Ld Headline");
        assertThat(page.author()).isEqualTo("Ada Byline");
        assertThat(page.publishedAt()).isEqualTo("2024-02-01");
    }

    @Test
    void documentTitleLosesItsSiteSuffix() {
        HtmlPage page = extractor.extract("<html><head><title>Floods hit the north | Daily Planet</title></head>"
                + "<body><p>Text.</p></body></html>", null);

        assertThat(page.title()).isEqualTo("Floods hit the north");
    }

    private static String fixture() throws IOException {
        try (InputStream in = HtmlExtractorTests.class.getResourceAsStream("/fixtures/cleaning/news-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
