package dev.newsflow.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTests {

    private static final String STORY = "<p>The harbour bridge reopened to traffic on Thursday morning, after a repair that took"
            + " two years, cost the city 48 million dollars, and closed the main road for the whole of that time.</p>"
            + "<p>Mayor Ruth Delgado cut the ribbon at seven, drove the first car across, and said the bridge was the spine"
            + " of the town, which had waited long enough for it.</p>"
            + "<p>Engineers replaced 312 steel cables, resurfaced the full deck, and added a separate lane for cyclists,"
            + " the first the bridge has had since it was built.</p>"
            + "<p>Local businesses on both banks said trade had fallen by a third while the bridge was closed, and shop"
            + " owners welcomed the reopening with discounts all week.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsPageMetadata() throws IOException {
        HtmlPage page = extractor.extract(fixture(), "https://coastal-tribune.example/x");

        assertThat(page.title()).as("the JSON-LD headline comes before og:title").isEqualTo("Harbour bridge reopens");
        assertThat(page.canonicalUrl()).isEqualTo("https://coastal-tribune.example/local/harbour-bridge-reopens");
        assertThat(page.author()).isEqualTo("Lena Marsh");
        assertThat(page.publishedAt()).isEqualTo("2024-03-14T08:30:00Z");
        assertThat(page.metadata()).containsEntry("siteName", "Coastal Tribune").containsEntry("language", "en");
    }

    @Test
    void keepsArticleParagraphsAndDropsFurniture() throws IOException {
        HtmlPage page = extractor.extract(fixture(), null);

        assertThat(page.text()).as("the h1 repeats og:title").startsWith("The harbour bridge reopened")
                .contains("\n\nMayor Ruth Delgado cut the ribbon")
                .doesNotContain("Share on Facebook", "We use cookies", "Ferry fares", "Leave a Reply", "window.analytics",
                        "font-family", "By Lena Marsh");
        assertThat(page.removed()).extracting(Removal::reason).contains(RemovalReason.HTML_NON_CONTENT,
                RemovalReason.BOILERPLATE_PATTERN, RemovalReason.RELATED_CONTENT, RemovalReason.NAVIGATION);
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
    void jsonLdArticleIsFoundInAGraphWithItsAuthorsByReference() {
        HtmlPage page = extractor.extract("<html><head><title>Site home</title><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebSite\", \"name\": \"The Site\"},"
                + "{\"@type\": [\"NewsArticle\"], \"headline\": \"Graph Headline Here\", \"datePublished\": \"2024-05-06T07:08:09Z\","
                + " \"author\": [{\"@id\": \"#p1\"}, {\"@type\": \"Person\", \"name\": \"Bo Two\"}],"
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"The Publisher\"}},"
                + "{\"@type\": \"Person\", \"@id\": \"#p1\", \"name\": \"Al One\"}]}"
                + "</script></head><body>" + STORY + "</body></html>", null);

        assertThat(page.title()).isEqualTo("Graph Headline Here");
        assertThat(page.author()).isEqualTo("Al One, Bo Two");
        assertThat(page.publishedAt()).isEqualTo("2024-05-06T07:08:09Z");
        assertThat(page.metadata()).containsEntry("siteName", "The Publisher");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        HtmlPage page = extractor.extract("<html><head><title>A title of some words | Site</title>"
                + "<script type=\"application/ld+json\">{\"headline\": \"Broken</script></head><body>" + STORY
                + "</body></html>", null);

        assertThat(page.title()).isEqualTo("A title of some words");
        assertThat(page.text()).contains("The harbour bridge reopened");
    }

    @Test
    void documentTitleLosesItsSiteSuffix() {
        HtmlPage page = extractor.extract("<html><head><title>Floods hit the north | Daily Planet</title>"
                + "<meta property=\"og:site_name\" content=\"Daily Planet\"></head><body><p>Text.</p></body></html>", null);

        assertThat(page.title()).isEqualTo("Floods hit the north");
    }

    @Test
    void bylineInThePageGivesTheAuthorAndLeavesTheText() {
        HtmlPage page = extractor.extract("<html><head><title>Bridge reopens after two years of repair</title></head><body>"
                + "<article><h1>Bridge reopens after two years of repair</h1><div class=\"byline\">By Jane Q. Doe</div>"
                + STORY + "</article></body></html>", null);

        assertThat(page.author()).isEqualTo("Jane Q. Doe");
        assertThat(page.text()).doesNotContain("Jane Q. Doe").startsWith("The harbour bridge reopened");
        assertThat(page.removed()).anySatisfy(r -> assertThat(r.text()).startsWith("byline: "));
    }

    @Test
    void headingThatRepeatsTheTitleIsDroppedAsARepeatedTitle() {
        HtmlPage page = extractor.extract("<html><head><meta property=\"og:title\" content=\"Harbour bridge reopens to"
                + " traffic\"></head><body><div><h1>Harbour bridge reopens to traffic</h1>" + STORY + "</div></body></html>",
                null);

        assertThat(page.text()).doesNotContain("reopens to traffic");
        assertThat(page.removed()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(RemovalReason.REPEATED_TITLE));
    }

    @Test
    void publishedTimeComesFromATimeElementWhenTheHeadHasNone() {
        HtmlPage page = extractor.extract("<html><body><article><p>Posted <time datetime=\"2023-11-02T10:00:00+01:00\""
                + " pubdate>2 November</time></p>" + STORY + "</article></body></html>", null);

        assertThat(page.publishedAt()).isEqualTo("2023-11-02T10:00:00+01:00");
    }

    @Test
    void theArticleIsTheBlockWithTheMostParagraphTextNotTheLongestBlock() {
        StringBuilder menu = new StringBuilder("<div class=\"links\"><ul>");
        for (int i = 0; i < 60; i++) {
            menu.append("<li><a href=\"/s").append(i).append("\">Section number ").append(i).append(" of the site</a></li>");
        }
        menu.append("</ul></div>");
        HtmlPage page = extractor.extract("<html><body>" + menu + "<div class=\"story\">" + STORY + "</div>"
                + "<div class=\"about\"><p>About us</p></div></body></html>", null);

        assertThat(page.text()).startsWith("The harbour bridge reopened").endsWith("discounts all week.")
                .doesNotContain("Section number");
    }

    @Test
    void linkDenseBlockInsideTheArticleIsDropped() {
        String links = "<div class=\"more\"><a href=\"/a\">Ferry fares to rise in April as costs go up</a> "
                + "<a href=\"/b\">Storm damage closes the coastal road for a week</a> "
                + "<a href=\"/c\">Council approves a new timetable for buses</a></div>";
        HtmlPage page = extractor.extract("<html><body><div class=\"story\">" + STORY + links + STORY.replace("harbour",
                "river") + "</div></body></html>", null);

        assertThat(page.text()).contains("The river bridge reopened").doesNotContain("Ferry fares");
        assertThat(page.removed()).anySatisfy(r -> assertThat(r.text()).contains("3 links (Ferry fares to rise"));
    }

    @Test
    void navigationIsReportedAsOneSummarisedRemovalNotOnePerLink() {
        StringBuilder nav = new StringBuilder("<nav><ul>");
        for (int i = 0; i < 42; i++) {
            nav.append("<li><a href=\"/").append(i).append("\">Section").append(i).append("</a></li>");
        }
        nav.append("</ul></nav>");
        HtmlPage page = extractor.extract("<html><body>" + nav + "<article>" + STORY + "</article></body></html>", null);

        assertThat(page.removed()).filteredOn(r -> r.text().contains("Section")).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RemovalReason.NAVIGATION);
            assertThat(r.text()).isEqualTo("navigation: 42 links (Section0, Section1, Section2, Section3, …)");
        });
    }

    @Test
    void removalsStayBoundedOnAPageOfManyBlocks() {
        StringBuilder page = new StringBuilder("<html><body><article>").append(STORY).append("</article>");
        for (int i = 0; i < 300; i++) {
            page.append("<div class=\"promo\"><p>Promotion number ").append(i).append("</p></div>");
        }
        HtmlPage extracted = extractor.extract(page.append("</body></html>").toString(), null);

        assertThat(extracted.removed()).hasSizeLessThanOrEqualTo(RemovalLog.MAX_ENTRIES + 2);
        assertThat(extracted.removed()).anySatisfy(r -> assertThat(r.text()).matches("\\(\\d+ more blocks, \\d+ words\\)"));
    }

    @Test
    void hiddenElementsAreLeftOutAndReported() {
        HtmlPage page = extractor.extract("<html><body><article>" + STORY
                + "<p style=\"display: none\">Secret text nobody sees on screen.</p>"
                + "<div hidden>More hidden words here.</div></article></body></html>", null);

        assertThat(page.text()).doesNotContain("Secret", "More hidden");
        assertThat(page.removed()).anySatisfy(r -> assertThat(r.text()).startsWith("hidden: 6 words (Secret"));
    }

    @Test
    void commentsAndSidebarsNextToTheArticleAreLeftOut() {
        HtmlPage page = extractor.extract("<html><body><div class=\"wrap\"><div class=\"post-body\">" + STORY + "</div>"
                + "<div id=\"comments\"><p>What a great bridge, I have waited for years and years for this, well done to"
                + " all of the engineers, they deserve a medal.</p></div>"
                + "<div class=\"sidebar\"><p>Most read: a story about something else entirely, with many words in it.</p>"
                + "</div></div></body></html>", null);

        assertThat(page.text()).contains("The harbour bridge").doesNotContain("great bridge", "Most read");
    }

    @Test
    void paragraphsSplitByLineBreaksCountAsParagraphs() {
        String story = STORY.replace("<p>", "").replace("</p>", "<br><br>");
        HtmlPage page = extractor.extract("<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div>" + story
                + "</div></body></html>", null);

        assertThat(page.text()).contains("The harbour bridge reopened", "discounts all week.").doesNotContain("Home");
    }

    @Test
    void shortPagesStillYieldTheirText() {
        HtmlPage page = extractor.extract("<html><body><div class=\"sidebar\"><p>Only a short note here.</p></div>"
                + "</body></html>", null);

        assertThat(page.text()).isEqualTo("Only a short note here.");
    }

    @Test
    void deeplyNestedPagesDoNotOverflowTheStack() {
        String page = "<div>".repeat(20_000) + STORY + "</div>".repeat(20_000);

        assertThat(extractor.extract(page, null).text()).contains("The harbour bridge reopened");
    }

    @Test
    void aPageOfTenMegabytesIsReadWhole() {
        StringBuilder page = new StringBuilder(11_000_000).append("<html><body><article>");
        int paragraphs = 0;
        while (page.length() < 10_000_000) {
            page.append(STORY);
            paragraphs += 4;
        }
        HtmlPage extracted = extractor.extract(page.append("</article></body></html>").toString(), null);

        String text = extracted.text();
        int found = 0;
        for (int at = text.indexOf("The harbour bridge"); at >= 0; at = text.indexOf("The harbour bridge", at + 1)) {
            found++;
        }
        assertThat(found * 4).isEqualTo(paragraphs);
    }

    private static String fixture() throws IOException {
        try (InputStream in = HtmlExtractorTests.class.getResourceAsStream("/fixtures/cleaning/news-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
