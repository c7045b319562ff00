package dev.newsflow.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Quality floors given on the command line; CI sets them just under the figures of the day. */
final class Floors {

    private record Floor(String option, ToDoubleFunction<Summary> figure, boolean atLeast) {
    }

    private static final Map<String, Floor> KNOWN = new LinkedHashMap<>();

    static {
        for (Floor floor : List.of(
                new Floor("--min-f1", Summary::f1, true),
                new Floor("--min-precision", Summary::precision, true),
                new Floor("--min-recall", Summary::recall, true),
                new Floor("--min-story", Summary::recall, true),
                new Floor("--min-title", s -> s.title().value(), true),
                new Floor("--min-author", s -> s.author().value(), true),
                new Floor("--min-published", s -> s.published().value(), true),
                new Floor("--max-furniture", s -> s.furnitureKept().value(), false),
                new Floor("--max-furniture-first", s -> s.furnitureKeptFirst().value(), false),
                new Floor("--max-furniture-learned", s -> s.furnitureKeptLearned().value(), false),
                new Floor("--max-failures", s -> s.failures(), false))) {
            KNOWN.put(floor.option(), floor);
        }
    }

    private final Map<Floor, Double> limits = new LinkedHashMap<>();

    void set(String option, String value) {
        Floor floor = KNOWN.get(option);
        if (floor == null) {
            throw new IllegalArgumentException("unknown option " + option);
        }
        try {
            limits.put(floor, Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }

    /** The floors this run missed, each saying the figure and the limit; a figure not measured misses too. */
    List<String> missed(Summary summary) {
        List<String> missed = new ArrayList<>();
        limits.forEach((floor, limit) -> {
            double value = floor.figure().applyAsDouble(summary);
            boolean ok = floor.atLeast() ? value >= limit : value <= limit;
            if (Double.isNaN(value) || !ok) {
                missed.add(String.format(Locale.ROOT, "%s %s: the run gave %.4f", floor.option(), stripped(limit), value));
            }
        });
        return missed;
    }

    private static String stripped(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
