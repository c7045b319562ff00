package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The trained category model ({@code model.bin.gz}, written by the test-scope {@code CategoryTrainer};
 * see the README beside the resource): a linear classifier over the words of an article. Each known
 * word has one row of per-topic scores, the trained classifier applied to the word's embedding, and a
 * weight that makes frequent words count less; an article's topic scores are the bias plus the
 * weighted mean of its words' rows ({@link Evidence}), which equals the classifier applied to the
 * article's mean embedding.
 * <p>
 * Rows are shared between languages: a German, French, Spanish, Portuguese or Italian word maps to
 * the row of its English translation. Immutable once read; loaded once per process.
 */
final class CategoryModel implements Evidence.Vocabulary {

    private static final String MAGIC = "newsflow-category-2";

    private final Category[] classes;
    private final float[] bias;
    private final float threshold;
    private final float spread;
    private final byte[] rows;
    private final float scale;
    private final float[] weights;
    private final Map<String, Map<String, Integer>> words;

    private CategoryModel(Category[] classes, float[] bias, float threshold, float spread, byte[] rows, float scale,
                          float[] weights, Map<String, Map<String, Integer>> words) {
        this.classes = classes;
        this.bias = bias;
        this.threshold = threshold;
        this.spread = spread;
        this.rows = rows;
        this.scale = scale;
        this.weights = weights;
        this.words = words;
    }

    /** The model shipped with the project. */
    static CategoryModel shipped() {
        try (InputStream in = CategoryModel.class.getResourceAsStream("model.bin.gz")) {
            if (in == null) {
                throw new IllegalStateException("missing resource model.bin.gz next to " + CategoryModel.class.getName());
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the category model", e);
        }
    }

    /** Reads a model in the trainer's format (gzip; see {@code CategoryTrainer#write}). */
    static CategoryModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a category model");
        }
        int k = in.readInt();
        Category[] classes = new Category[k];
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            classes[c] = Category.valueOf(in.readUTF());
            bias[c] = in.readFloat();
        }
        float threshold = in.readFloat();
        float spread = in.readFloat();
        float scale = in.readFloat();
        int n = in.readInt();
        byte[] rows = new byte[n * k];
        in.readFully(rows);
        float[] weights = new float[n];
        for (int r = 0; r < n; r++) {
            weights[r] = in.readFloat();
        }
        int languages = in.readInt();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        for (int l = 0; l < languages; l++) {
            String language = in.readUTF();
            int count = in.readInt();
            Map<String, Integer> table = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                String word = in.readUTF();
                int row = in.readInt();
                if (row < 0 || row >= n) {
                    throw new IOException("row out of range: " + row);
                }
                table.put(word, row);
            }
            words.put(language, Map.copyOf(table));
        }
        return new CategoryModel(classes, bias, threshold, spread, rows, scale, weights, Map.copyOf(words));
    }

    boolean supports(String language) {
        return language != null && words.containsKey(language);
    }

    Set<String> languages() {
        return words.keySet();
    }

    /** The row of a lower-case word in a supported language, or -1. */
    @Override
    public int row(String language, String lower) {
        Map<String, Integer> table = words.get(language);
        if (table == null) {
            return -1;
        }
        Integer row = table.get(lower);
        return row == null ? -1 : row;
    }

    int classCount() {
        return classes.length;
    }

    Category category(int c) {
        return classes[c];
    }

    float bias(int c) {
        return bias[c];
    }

    /** Below this probability for the best topic the article is {@link Category#UNCATEGORIZED}. */
    float threshold() {
        return threshold;
    }

    /**
     * The spread (standard deviation over the topics) that the word scores of a typical labelled text
     * have; an article's scores are rescaled to it before the biases are added, so that a long article,
     * whose mean over many words is flatter than a headline's, is judged with the same confidence, and
     * the biases (the topic priors) weigh the same for short and long texts. 0 means no rescaling.
     */
    float spread() {
        return spread;
    }

    /** How much one occurrence of the row's word counts, in (0, 1]. */
    @Override
    public float weight(int row) {
        return weights[row];
    }

    /** Adds {@code factor} times the row's topic scores to {@code scores}. */
    void addRow(int row, double factor, double[] scores) {
        int base = row * classes.length;
        double f = factor * scale;
        for (int c = 0; c < classes.length; c++) {
            scores[c] += f * rows[base + c];
        }
    }
}
