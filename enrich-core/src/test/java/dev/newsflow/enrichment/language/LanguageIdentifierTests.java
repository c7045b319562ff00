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
}
