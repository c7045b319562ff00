package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.Entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity precision and recall over the annotated fixtures: an extracted entity is right when its
 * canonical text and type are both in the annotation. Run with {@code main} to print the figures
 * per article and in total (micro-averaged).
 */
public final class EntityEvaluation {

    /** True positives, extracted, expected. */
    public record Counts(int correct, int extracted, int expected) {

        public double precision() {
            return extracted == 0 ? 1.0 : (double) correct / extracted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) correct / expected;
        }

        Counts plus(Counts o) {
            return new Counts(correct + o.correct, extracted + o.extracted, expected + o.expected);
        }
    }

    private EntityEvaluation() {
    }

    public static Counts evaluate(FixtureAnnotations fixture, List<Entity> extracted) {
        Set<String> found = new LinkedHashSet<>();
        for (Entity e : extracted) {
            found.add(FixtureAnnotations.key(e));
        }
        int correct = 0;
        for (String f : found) {
            if (fixture.entities().contains(f)) {
                correct++;
            }
        }
        return new Counts(correct, found.size(), fixture.entities().size());
    }

    public static Counts evaluate(List<FixtureAnnotations> fixtures, boolean print) {
        EntityExtractor extractor = new EntityExtractor();
        Counts total = new Counts(0, 0, 0);
        for (FixtureAnnotations fixture : fixtures) {
            List<Entity> extracted = extractor.extract(fixture.article());
            Counts c = evaluate(fixture, extracted);
            total = total.plus(c);
            if (print) {
                System.out.printf("%-28s precision %.2f  recall %.2f%n", fixture.name(), c.precision(), c.recall());
                Set<String> found = new LinkedHashSet<>();
                extracted.forEach(e -> found.add(FixtureAnnotations.key(e)));
                found.stream().filter(f -> !fixture.entities().contains(f)).forEach(f -> System.out.println("    extra   " + f));
                fixture.entities().stream().filter(f -> !found.contains(f)).forEach(f -> System.out.println("    missed  " + f));
            }
        }
        if (print) {
            System.out.printf("%-28s precision %.3f  recall %.3f  (%d correct, %d extracted, %d expected)%n", "TOTAL",
                    total.precision(), total.recall(), total.correct(), total.extracted(), total.expected());
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println("== development fixtures (the rules were tuned on these)");
        evaluate(FixtureAnnotations.all(), true);
        System.out.println("== held-out fixtures");
        evaluate(FixtureAnnotations.heldOut(), true);
    }
}
