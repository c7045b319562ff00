package dev.newsflow.eval;

/**
 * How one output compares with its reference, in shingles: shared, only in the output (false
 * positives) and only in the reference (false negatives).
 */
record Overlap(int truePositives, int falsePositives, int falseNegatives) {

    static Overlap of(Shingles output, Shingles reference) {
        int shared = output.shared(reference);
        return new Overlap(shared, output.total() - shared, reference.total() - shared);
    }

    /** An empty output is wrong, not vacuously precise. */
    double precision() {
        int out = truePositives + falsePositives;
        return out == 0 ? 0 : (double) truePositives / out;
    }

    double recall() {
        int ref = truePositives + falseNegatives;
        return ref == 0 ? 1 : (double) truePositives / ref;
    }

    double f1() {
        return f1(precision(), recall());
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
