package dev.newsflow.enrichment.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLanguageTests {

    @Test
    void htmlLangComesFirst() {
        assertThat(PageLanguage.declared("<!DOCTYPE html>\n<html class=\"no-js\" lang=\"pt-BR\"><head>"
                + "<meta property=\"og:locale\" content=\"en_US\"></head>")).isEqualTo("pt-BR");
        assertThat(PageLanguage.declared("<HTML LANG='de'>")).isEqualTo("de");
        assertThat(PageLanguage.declared("<html xml:lang=\"fr\">")).isEqualTo("fr");
    }

    @Test
    void thenMetaTagsOfTheHead() {
        assertThat(PageLanguage.declared("<html><head><meta property=\"og:locale\" content=\"cs_CZ\" /></head>"))
                .isEqualTo("cs_CZ");
        assertThat(PageLanguage.declared("<html><head><meta http-equiv=\"Content-Language\" content=\"es\"></head>"))
                .isEqualTo("es");
        assertThat(PageLanguage.declared("<html data-lang=\"it\"><head></head><body><meta property=\"og:locale\" "
                + "content=\"en_US\"></body>")).isNull();
    }

    @Test
    void nothingForTextOrPagesWithoutADeclaration() {
        assertThat(PageLanguage.declared("Plain text with lang=\"en\" in it")).isNull();
        assertThat(PageLanguage.declared("<html><head><title>x</title></head>")).isNull();
        assertThat(PageLanguage.declared("")).isNull();
        assertThat(PageLanguage.declared(null)).isNull();
        assertThat(PageLanguage.declared("<html lang=\"\">")).isNull();
    }
}
