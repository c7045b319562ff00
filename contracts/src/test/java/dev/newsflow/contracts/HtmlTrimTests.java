package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.HtmlTrim.Trimmed;
import org.junit.jupiter.api.Test;

class HtmlTrimTests {

    private static final String LONG_PAYLOAD = "iVBORw0KGgo".repeat(20);

    @Test
    void scriptsStylesAndCommentsGoJsonLdStays() {
        Trimmed trimmed = HtmlTrim.trim("<html><head><title>T</title><style>p { color: red }</style>"
                + "<script src=\"/app.js\"></script><SCRIPT type=\"text/javascript\">var a = 1 < 2;</SCRIPT>"
                + "<script type=\" Application/LD+JSON \">{\"headline\":\"H\"}</script></head>"
                + "<body><!-- ad slot --><p>Story.</p><script>window.x = {};</script ></body></html>");

        assertThat(trimmed.html()).isEqualTo("<html><head><title>T</title>"
                + "<script type=\" Application/LD+JSON \">{\"headline\":\"H\"}</script></head>"
                + "<body><p>Story.</p></body></html>");
        assertThat(trimmed.scripts()).isEqualTo(3);
        assertThat(trimmed.styles()).isEqualTo(1);
        assertThat(trimmed.comments()).isEqualTo(1);
        assertThat(trimmed.changed()).isTrue();
        assertThat(trimmed.summary()).contains("3 scripts (JSON-LD kept), 1 style sheets, 1 comments");
    }

    @Test
    void aPageWithNothingToRemoveIsReturnedAsItIs() {
        String page = "<html><body><p class=\"a>b\">Text with a < sign and --> arrows.</p></body></html>";

        Trimmed trimmed = HtmlTrim.trim(page);

        assertThat(trimmed.html()).isSameAs(page);
        assertThat(trimmed.changed()).isFalse();
    }

    @Test
    void largeDataPayloadsGoTheirSchemeAndTypeStaySmallOnesStay() {
        String page = "<img src=\"data:image/png;base64," + LONG_PAYLOAD + "\" alt=\"a\">"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                + "<div style=\"background: url(data:image/png;base64," + LONG_PAYLOAD + ") no-repeat\">x</div>"
                + "<img src=data:image/png;base64," + LONG_PAYLOAD + " alt=b>";

        Trimmed trimmed = HtmlTrim.trim(page);

        assertThat(trimmed.html()).isEqualTo("<img src=\"data:image/png;base64,\" alt=\"a\">"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                + "<div style=\"background: url(data:image/png;base64,) no-repeat\">x</div>"
                + "<img src=data:image/png;base64, alt=b>");
        assertThat(trimmed.dataUris()).isEqualTo(3);
    }

    @Test
    void markupInsideQuotedAttributesAndTextElementsIsNotMarkup() {
        String page = "<a title=\"<script>x</script>\">link</a><title>A <!-- not a comment --> title</title>"
                + "<textarea><script>kept()</script></textarea><noscript><img src=\"i.png\"></noscript>";

        assertThat(HtmlTrim.trim(page).html()).isSameAs(page);
    }

    @Test
    void theEndOfAScriptFollowsTheTokenizer() {
        Trimmed trimmed = HtmlTrim.trim("<script><!-- document.write(\"<script>x()</script>\"); --></script><p>After.</p>"
                + "<script>var s = \"</scripts>\";</script><p>Then.</p>");

        assertThat(trimmed.html()).isEqualTo("<p>After.</p><p>Then.</p>");
        assertThat(trimmed.scripts()).isEqualTo(2);
    }

    @Test
    void commentEndsAsTheTokenizerEndsThem() {
        assertThat(HtmlTrim.trim("a<!-->b").html()).isEqualTo("ab");
        assertThat(HtmlTrim.trim("a<!--->b").html()).isEqualTo("ab");
        assertThat(HtmlTrim.trim("a<!-- x --!>b").html()).isEqualTo("ab");
        assertThat(HtmlTrim.trim("a<!-- x -- y -->b").html()).isEqualTo("ab");
    }

    @Test
    void whatIsLeftOpenRunsToTheEnd() {
        assertThat(HtmlTrim.trim("<p>a</p><script>never closed <p>b</p>").html()).isEqualTo("<p>a</p>");
        assertThat(HtmlTrim.trim("<p>a</p><!-- never closed <p>b</p>").html()).isEqualTo("<p>a</p>");
        assertThat(HtmlTrim.trim("<p>a</p><style>p{}").html()).isEqualTo("<p>a</p>");
        assertThat(HtmlTrim.trim("<p title=\"never closed").html()).isEqualTo("<p title=\"never closed");
        assertThat(HtmlTrim.trim("<").html()).isEqualTo("<");
        assertThat(HtmlTrim.trim("").html()).isEmpty();
    }

    @Test
    void manyCommentsWithoutAnEndAreOnePass() {
        // each unterminated "<!--" must not rescan the rest of the page: a million of them end at once
        Trimmed trimmed = HtmlTrim.trim("<p>x</p>" + "<!-- -".repeat(1_000_000));

        assertThat(trimmed.html()).isEqualTo("<p>x</p>");
        assertThat(trimmed.comments()).isEqualTo(1);
    }
}
