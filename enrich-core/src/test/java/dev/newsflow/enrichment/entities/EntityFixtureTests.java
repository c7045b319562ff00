package dev.newsflow.enrichment.entities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the measured entity quality (see {@link EntityEvaluation#main} for the figures) against regressions. */
class EntityFixtureTests {

    @Test
    void precisionAndRecallOnTheDevelopmentFixtures() {
        EntityEvaluation.Counts counts = EntityEvaluation.evaluate(FixtureAnnotations.all(), false);

        assertThat(counts.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(counts.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void precisionAndRecallOnTheHeldOutFixtures() {
        EntityEvaluation.Counts counts = EntityEvaluation.evaluate(FixtureAnnotations.heldOut(), false);

        assertThat(counts.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(counts.recall()).isGreaterThanOrEqualTo(0.70);
    }
}
