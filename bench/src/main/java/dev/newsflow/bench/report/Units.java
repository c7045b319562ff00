package dev.newsflow.bench.report;

/** The byte units of the report. */
public final class Units {

    /** A megabyte as Kafka's performance tools count it. */
    public static final double MB = 1024.0 * 1024.0;

    private Units() {
    }
}
