package dev.newsflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTests {

    @Test
    void wordsAreRunsOfLettersAndDigitsWithCaseKept() {
        assertThat(Shingles.words("The G7's 2024 summit—in Bari, Italy.")).containsExactly("The", "G7", "s", "2024",
                "summit", "in", "Bari", "Italy");
        assertThat(Shingles.words("Ça coûte 5 €")).containsExactly("Ça", "coûte", "5");
    }

    @Test
    void shinglesAreFourWordRunsCountedWithMultiplicity() {
        Shingles text = Shingles.of("a b c d a b c d");
        assertThat(text.total()).isEqualTo(5);
        assertThat(text.shared(Shingles.of("a b c d"))).isEqualTo(1);
        assertThat(text.shared(Shingles.of("a b c d x a b c d"))).isEqualTo(2);
        assertThat(Shingles.of("too short").total()).isZero();
    }

    @Test
    void overlapScoresOutputAgainstReference() {
        Shingles reference = Shingles.of("one two three four five six");
        Overlap overlap = Overlap.of(Shingles.of("menu item one two three four five"), reference);
        assertThat(overlap.truePositives()).isEqualTo(2);
        assertThat(overlap.falsePositives()).isEqualTo(2);
        assertThat(overlap.falseNegatives()).isEqualTo(1);
        assertThat(overlap.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(overlap.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(overlap.f1()).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void anEmptyOutputScoresZeroNotPerfectPrecision() {
        Overlap overlap = Overlap.of(Shingles.of(""), Shingles.of("one two three four five"));
        assertThat(overlap.precision()).isZero();
        assertThat(overlap.recall()).isZero();
        assertThat(overlap.f1()).isZero();
    }

    @Test
    void furnitureIsWhatTheInputHasBeyondTheReference() {
        Shingles scrape = Shingles.of("Home News Sport Weather one two three four five");
        Shingles furniture = scrape.minus(Shingles.of("one two three four five"));
        assertThat(furniture.total()).isEqualTo(4);
    }
}
