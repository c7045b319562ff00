package dev.newsflow.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrescanTests {

    @Test
    void scriptsAndStylesAreEmptiedBeforeParsing() {
        assertThat(Prescan.emptyScripts("<p>a</p><script src=x>var s = '<p>no</p>';</script><STYLE>p{}</STYLE><p>b</p>"))
                .isEqualTo("<p>a</p><script src=x></script><STYLE></STYLE><p>b</p>");
    }

    @Test
    void jsonLdIsKeptWhole() {
        String page = "<script type=\"application/ld+json\">{\"headline\": \"H\"}</script><p>a</p>";

        assertThat(Prescan.emptyScripts(page)).isEqualTo(page);
    }

    @Test
    void aScriptTagInsideACommentIsNotAScript() {
        String page = "<!-- <script> --><p>story</p><script>x()</script><p>more</p>";

        assertThat(Prescan.emptyScripts(page)).isEqualTo("<!-- <script> --><p>story</p><script></script><p>more</p>");
    }

    @Test
    void aScriptWithoutAnEndKeepsTheRestAndTagsThatOnlyStartAlikeStay() {
        assertThat(Prescan.emptyScripts("<p>a</p><script>never closed <p>b</p>"))
                .isEqualTo("<p>a</p><script>never closed <p>b</p>");
        assertThat(Prescan.emptyScripts("<scripted>x</scripted><styles>y</styles>"))
                .isEqualTo("<scripted>x</scripted><styles>y</styles>");
    }
}
