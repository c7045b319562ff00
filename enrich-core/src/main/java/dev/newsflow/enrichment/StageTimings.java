package dev.newsflow.enrichment;

import java.util.EnumMap;
import java.util.Map;

/** Nanoseconds spent in each {@link Stage} of one enrichment. */
public final class StageTimings {

    private final long[] nanos = new long[Stage.values().length];

    void record(Stage stage, long elapsedNanos) {
        nanos[stage.ordinal()] = elapsedNanos;
    }

    public long nanos(Stage stage) {
        return nanos[stage.ordinal()];
    }

    public long totalNanos() {
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        return total;
    }

    public Map<Stage, Long> asMap() {
        Map<Stage, Long> map = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            map.put(stage, nanos[stage.ordinal()]);
        }
        return map;
    }
}
