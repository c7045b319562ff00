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
    private final long[] keys;
    private final int[][] outcomes;
    private final double[][] weights;
    private final float[][] dense;
    private final int mask;

    private GramModel(AbstractModel model, Map<String, Context> features) {
        languages = new String[model.getNumOutcomes()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = model.getOutcome(i);
        }
        int capacity = Integer.highestOneBit(features.size() * 2 - 1) << 1;
        mask = capacity - 1;
        keys = new long[capacity];
        outcomes = new int[capacity][];
        weights = new double[capacity][];
        dense = new float[capacity][];
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String gram = feature.getKey();
            if (gram.isEmpty() || gram.length() > 3) {
                continue;
            }
            int slot = slot(pack(gram, 0, gram.length()));
            keys[slot] = pack(gram, 0, gram.length());
            int[] o = feature.getValue().getOutcomes();
            double[] w = feature.getValue().getParameters();
            if (o.length >= DENSE_FROM) {
                float[] all = new float[languages.length];
                for (int i = 0; i < o.length; i++) {
                    all[o[i]] = (float) w[i];
                }
                dense[slot] = all;
            } else {
                outcomes[slot] = o;
                weights[slot] = w;
            }
        }
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
     * Adds the weights of the n-gram {@code text[from, from+length)}: those of widely weighted
     * n-grams to {@code denseScores}, the others to {@code scores}; the caller sums the two.
     */
    void addFeature(CharSequence text, int from, int length, double[] scores, float[] denseScores) {
        long key = pack(text, from, length);
        int slot = (int) (mix(key) >>> 40) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                float[] all = dense[slot];
                if (all != null) {
                    for (int i = 0; i < all.length; i++) {
                        denseScores[i] += all[i];
                    }
                    return;
                }
                int[] o = outcomes[slot];
                double[] w = weights[slot];
                for (int i = 0; i < o.length; i++) {
                    scores[o[i]] += w[i];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        int slot = (int) (mix(key) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
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

    private static long mix(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }
}
