package dev.newsflow.enrichment.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The maxent language model, re-indexed by packed character n-gram instead of by string: the
 * model's own lookup goes through a string map whose short keys collide, and needs every n-gram
 * as a string first. Scores are the same sums of feature weights the model computes (the uniform
 * prior and the normalisation do not change which language wins).
 */
final class GramModel {

    static final String RESOURCE = "/langdetect-183.bin";

    /** N-grams weighted for at least this many languages are stored densely (vectorisable adds). */
    static final int DENSE_FROM = 32;

    private final String[] languages;
    /**
     * Open addressing, two longs per slot: the packed n-gram, then where its weights are (see
     * {@link #dense} and {@link #sparse}). One cache line holds both, and the sparse weights sit in
     * two flat arrays rather than in two array objects per n-gram: a text's few hundred lookups are
     * random reads into a large table, so what they cost is mostly cache misses.
     */
    private final long[] table;
    /** Weights of the widely weighted n-grams, one row of {@code languages.length} per n-gram. */
    private final float[][] denseWeights;
    private final int[] sparseOutcomes;
    private final double[] sparseWeights;
    private final int mask;

    private GramModel(AbstractModel model, Map<String, Context> features) {
        languages = new String[model.getNumOutcomes()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = model.getOutcome(i);
        }
        int capacity = Integer.highestOneBit(features.size() * 2 - 1);
        mask = capacity - 1;
        table = new long[capacity * 2];
        int denseRows = 0;
        int sparseCount = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String gram = feature.getKey();
            if (gram.isEmpty() || gram.length() > 3) {
                continue;
            }
            int n = feature.getValue().getOutcomes().length;
            if (n >= DENSE_FROM) {
                denseRows++;
            } else {
                sparseCount += n;
            }
        }
        denseWeights = new float[denseRows][languages.length];
        sparseOutcomes = new int[sparseCount];
        sparseWeights = new double[sparseCount];
        int row = 0;
        int next = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String gram = feature.getKey();
            if (gram.isEmpty() || gram.length() > 3) {
                continue;
            }
            long key = pack(gram, 0, gram.length());
            int slot = slot(key);
            table[2 * slot] = key;
            int[] o = feature.getValue().getOutcomes();
            double[] w = feature.getValue().getParameters();
            if (o.length >= DENSE_FROM) {
                for (int i = 0; i < o.length; i++) {
                    denseWeights[row][o[i]] = (float) w[i];
                }
                table[2 * slot + 1] = dense(row++);
            } else {
                System.arraycopy(o, 0, sparseOutcomes, next, o.length);
                System.arraycopy(w, 0, sparseWeights, next, o.length);
                table[2 * slot + 1] = sparse(next, o.length);
                next += o.length;
            }
        }
    }

    /** Location of a dense row: its index, with the top bit set. */
    private static long dense(int row) {
        return Long.MIN_VALUE | row;
    }

    /** Location of sparse weights: offset and count. */
    private static long sparse(int offset, int count) {
        return ((long) offset << 32) | count;
    }

    static GramModel load() {
        try (InputStream in = GramModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + RESOURCE
                        + " is not on the classpath (dependency opennlp-models-langdetect)");
            }
            MaxentModel maxent = new LanguageDetectorModel(in).getMaxentModel();
            if (maxent instanceof AbstractModel model && model.getDataStructures()[1] instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Context> features = (Map<String, Context>) map;
                return new GramModel(model, features);
            }
            throw new IllegalStateException("unexpected language model layout: " + maxent.getClass().getName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
        }
    }

    int languageCount() {
        return languages.length;
    }

    String language(int index) {
        return languages[index];
    }

    /**
     * Where the weights of a {@link #pack packed} n-gram are, 0 when the model does not know it.
     * Split from {@link #add} so a caller can first look up all of a text's n-grams in a loop of
     * independent reads, whose cache misses the processor then overlaps, and add afterwards.
     */
    long locate(long key) {
        int slot = (int) (mix(key) >>> 40) & mask;
        long[] t = table;
        while (t[2 * slot] != 0) {
            if (t[2 * slot] == key) {
                return t[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /**
     * Adds the weights at {@code where} (from {@link #locate}): those of widely weighted n-grams to
     * {@code denseScores}, the others to {@code scores}; the caller sums the two.
     */
    void add(long where, double[] scores, float[] denseScores) {
        if (where < 0) {
            float[] all = denseWeights[(int) where];
            for (int i = 0; i < all.length; i++) {
                denseScores[i] += all[i];
            }
            return;
        }
        int offset = (int) (where >>> 32);
        int end = offset + (int) where;
        int[] o = sparseOutcomes;
        double[] w = sparseWeights;
        for (int i = offset; i < end; i++) {
            scores[o[i]] += w[i];
        }
    }

    private int slot(long key) {
        int slot = (int) (mix(key) >>> 40) & mask;
        while (table[2 * slot] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Up to three chars and the length in one non-zero long. */
    static long pack(CharSequence text, int from, int length) {
        long code = length;
        for (int k = 0; k < length; k++) {
            code = (code << 16) | text.charAt(from + k);
        }
        return code;
    }

    /** {@link #pack(CharSequence, int, int)} of a char array. */
    static long pack(char[] text, int from, int length) {
        long code = length;
        for (int k = 0; k < length; k++) {
            code = (code << 16) | text[from + k];
        }
        return code;
    }

    private static long mix(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }
}
