package dev.newsflow.enrichment.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTests {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void identifiesCommonLanguagesAsIso6391() {
        assertThat(identifier.identify("Russian President Vladimir Putin met North Korean leader Kim Jong Un on "
                + "Wednesday at the most modern space launch facility in the country.", null).language()).isEqualTo("en");
        assertThat(identifier.identify("Der Bundeskanzler traf sich am Mittwoch mit dem französischen Präsidenten in "
                + "Berlin, um über die Lage in Europa zu sprechen.", null).language()).isEqualTo("de");
        assertThat(identifier.identify("Президент России Владимир Путин встретился с лидером КНДР на космодроме "
                + "Восточный в среду.", null).language()).isEqualTo("ru");
        assertThat(identifier.identify("שלום לכולם, זהו טקסט בעברית על החדשות של היום בירושלים ובתל אביב.", null)
                .language()).isEqualTo("he");
    }

    @Test
    void tooShortOrGarbageIsUndetermined() {
        assertThat(identifier.identify("Hello there", null)).isEqualTo(new LanguageGuess("und", 0.0));
        assertThat(identifier.identify("\u0001\u0002ÿþ 8823 %%$$## ¤¤ ÿþÿþ¤¤ asd qwe zxc", null).language()).isEqualTo("und");
        assertThat(identifier.identify("Kim Jong Un Putin Vostochny Cosmodrome", null).language()).isEqualTo("und");
    }

    @Test
    void declaredLanguageIsUsedWhenTheTextCannotTell() {
        assertThat(identifier.identify("Hello there", "EN")).isEqualTo(new LanguageGuess("en", 1.0));
        assertThat(identifier.identify("Hello there", "not a code")).isEqualTo(new LanguageGuess("und", 0.0));
    }

    @Test
    void confidenceIsAProbability() {
        LanguageGuess guess = identifier.identify("The government announced on Monday that it would raise taxes on "
                + "fuel and tobacco to pay for the new hospitals.", null);

        assertThat(guess.confidence()).isBetween(0.6, 1.0);
    }

    @Test
    void mapsIso6393Codes() {
        assertThat(IsoCodes.toIso6391("eng")).isEqualTo("en");
        assertThat(IsoCodes.toIso6391("cmn")).isEqualTo("zh");
        assertThat(IsoCodes.toIso6391("pes")).isEqualTo("fa");
        assertThat(IsoCodes.toIso6391("xyz")).isNull();
    }

    @Test
    void scriptsOfOneLanguageNeedNoModel() {
        assertThat(identifier.identify("東京オリンピック", null)).isEqualTo(new LanguageGuess("ja", Scripts.CONFIDENCE));
        assertThat(identifier.identify("서울 시장 선거", null).language()).isEqualTo("ko");
        assertThat(identifier.identify("Αθήνα σήμερα", null).language()).isEqualTo("el");
        assertThat(identifier.identify("谷歌发布新模型", null).language()).isEqualTo("zh");
    }

    @Test
    void regionalTagsAreCutToTheLanguage() {
        assertThat(identifier.identify("Hello there", "pt-BR")).isEqualTo(new LanguageGuess("pt", 1.0));
        assertThat(identifier.identify("Hello there", "fr_FR").language()).isEqualTo("fr");
        assertThat(LanguageIdentifier.primary("en-US")).isEqualTo("en");
        assertThat(LanguageIdentifier.primary("english")).isNull();
    }

    @Test
    void aDeclaredLanguageWinsOnlyWhenTheTextFitsItNearlyAsWell() {
        String french = "Un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par "
                + "une avalanche, a déclaré jeudi le ministre des Affaires étrangères.";
        // a page template that says English does not make French text English
        assertThat(identifier.identify(french, "en").language()).isEqualTo("fr");
        // Galician text that the model might read as Portuguese or Spanish stays what its source says
        String galician = "O goberno galego aprobou onte o novo orzamento para o ano que vén.";
        assertThat(identifier.identify(galician, "gl").language()).isEqualTo("gl");
    }
}
