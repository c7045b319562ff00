package dev.newsflow.enrichment.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTests {

    static final String TEXT = "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday at "
            + "the Vostochny Cosmodrome, where the two men discussed military cooperation, the war in Ukraine and "
            + "the satellite programme that Pyongyang has been trying to build for years.";

    @Test
    void nearDuplicatesAreCloseAndDifferentTextsFar() {
        long original = SimHash.of(TEXT);
        long edited = SimHash.of(TEXT.replace("Wednesday", "Thursday") + " Officials said.");
        long other = SimHash.of("Heavy rain flooded three towns in the north on Sunday, and rescue teams worked "
                + "through the night to reach families trapped on the roofs of their homes near the river.");

        assertThat(SimHash.hammingDistance(original, edited)).isLessThanOrEqualTo(10);
        assertThat(SimHash.hammingDistance(original, other)).isGreaterThan(16);
        assertThat(SimHash.of(TEXT.toUpperCase())).isEqualTo(original);
    }

    @Test
    void hexIsSixteenLowerCaseDigits() {
        assertThat(SimHash.hex(1L)).isEqualTo("0000000000000001");
        assertThat(SimHash.hex(-1L)).isEqualTo("ffffffffffffffff");
        assertThat(SimHash.hex(SimHash.of(""))).isEqualTo("0000000000000000");
        assertThat(SimHash.hammingDistance("00000000000000ff", "0000000000000000")).isEqualTo(8);
    }

    @Test
    void contentHashIgnoresCaseAndSpacing() {
        assertThat(ContentHash.of("Title", "Some   Body\ntext")).isEqualTo(ContentHash.of("title", "some body text"))
                .matches("[0-9a-f]{64}");
        assertThat(ContentHash.of("Title", "Body")).isNotEqualTo(ContentHash.of("Title", "Other body"));
        assertThat(ContentHash.normalize("ﬁne \u2026")).isEqualTo("fine ...");
    }
}
