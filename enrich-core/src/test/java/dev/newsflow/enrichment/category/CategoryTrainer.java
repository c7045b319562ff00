package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.text.SentenceSplitter;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the category model and writes {@code model.bin.gz} (see the README beside it). Not a test:
 * a main in test scope, run by hand when the training data or the features change.
 * <p>
 * Steps: every word of the vocabulary gets a fixed vector, its all-MiniLM-L6-v2 embedding (made by
 * {@code tools/category-embeddings}, centred); a labelled text becomes the {@link Evidence}-weighted
 * mean of its words' vectors; a multinomial logistic regression with L2 penalty learns one weight
 * vector per topic; finally each word's row is the regression applied to its vector, so that the
 * shipped model needs no embeddings at all. German, French, Spanish, Portuguese and Italian words
 * take the row of their English translation ({@code dictionary.LANG.tsv}).
 * <p>
 * Usage: {@code CategoryTrainer EMBEDDINGS.bin.gz DATA_DIR OUT.bin.gz [--cv]}. With {@code --cv} it
 * first reports five-fold cross-validated accuracy on the labelled news (never on what it trained on).
 */
public final class CategoryTrainer {

    /** The topics the model chooses among, in row order. */
    static final Category[] CLASSES = java.util.Arrays.stream(Category.values())
            .filter(c -> c != Category.UNCATEGORIZED).toArray(Category[]::new);
    static final Map<String, Category> CODES = codes();
    static final double LAMBDA = Double.parseDouble(System.getProperty("lambda", "1e-6"));
    static final int ITERATIONS = Integer.getInteger("iterations", 600);
    static final float THRESHOLD = 0.25f;
    /** Rank at which a vocabulary word gets half weight: "the" counts ~0, a word of rank 3,000 ~0.9. */
    static final double HALF_WEIGHT_RANK = 300;

    private CategoryTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Embeddings embeddings = Embeddings.read(Path.of(args[0]));
        Path data = Path.of(args[1]);
        TrainingVocabulary vocabulary = TrainingVocabulary.of(embeddings, data);
        List<Example> examples = Example.readAll(data);
        System.out.printf(Locale.ROOT, "%d words, %d examples%n", embeddings.words.size(), examples.size());
        List<double[]> features = new ArrayList<>();
        for (Example e : examples) {
            features.add(vocabulary.features(e.analysis()));
        }
        vocabulary.rescale(features);
        if (List.of(args).contains("--cv")) {
            crossValidate(examples, features, embeddings.dimensions);
        }
        double[][] weights = train(examples, features, embeddings.dimensions, allIndexes(examples.size()));
        byte[] model = write(vocabulary, weights);
        Files.write(Path.of(args[2]), model);
        System.out.println("wrote " + args[2] + " (" + model.length + " bytes)");
        for (int i = 3; i < args.length - 1; i++) {
            if (args[i].equals("--eval")) {
                evaluate(new Categorizer(read(model)), Path.of(args[i + 1]));
            }
        }
    }

    /**
     * Scores the model on labelled pages: lines {@code CODES<tab>lang<tab>name<tab>title<tab>text} where
     * CODES lists the acceptable topics ({@code ECO|SCI}, the first the main one) and the text's lines
     * are joined by a literal backslash-n.
     */
    static void evaluate(Categorizer categorizer, Path file) throws IOException {
        int right = 0;
        int total = 0;
        int[][] confusion = new int[CLASSES.length][CLASSES.length + 1];
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", 5);
            List<Category> ok = new ArrayList<>();
            for (String code : cols[0].split("\\|")) {
                ok.add(CODES.get(code));
            }
            String body = cols[4].replace("\\n", "\n");
            List<String> sentences = new ArrayList<>();
            for (String l : body.split("\n")) {
                sentences.addAll(SentenceSplitter.split(l));
            }
            CategoryScore score = categorizer.categorize(new TextAnalysis(cols[3], body, sentences, cols[1]));
            boolean supported = categorizer.supports(cols[1]);
            boolean good = supported ? ok.contains(score.category()) : score.category() == Category.UNCATEGORIZED;
            total++;
            if (good) {
                right++;
            }
            if (supported) {
                int predicted = score.category() == Category.UNCATEGORIZED ? CLASSES.length : classIndex(score.category());
                confusion[classIndex(ok.get(0))][predicted]++;
            }
            System.out.printf(Locale.ROOT, "%s %-26s %-4s %-28s %.2f %s%n", good ? "  " : "XX", cols[2], cols[1],
                    score.category(), score.score(), cols[0]);
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d right (%.3f)%n", file, right, total, right / (double) total);
        printConfusion(confusion);
    }

    static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    /** Five folds; reports accuracy on the held-out examples that are news (not category descriptions). */
    static void crossValidate(List<Example> examples, List<double[]> features, int dims) {
        List<Integer> order = allIndexes(examples.size());
        Collections.shuffle(order, new Random(12));
        int folds = 5;
        int[][] confusion = new int[CLASSES.length][CLASSES.length + 1];
        int right = 0;
        int total = 0;
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                int index = order.get(i);
                if (i % folds == f && examples.get(index).heldOutEligible()) {
                    test.add(index);
                } else {
                    train.add(index);
                }
            }
            double[][] w = train(examples, features, dims, train);
            for (int index : test) {
                double[] p = probabilities(w, features.get(index));
                int best = argmax(p);
                int predicted = p[best] < THRESHOLD ? CLASSES.length : best;
                int gold = examples.get(index).label().ordinal();
                confusion[classIndex(examples.get(index).label())][predicted]++;
                total++;
                if (predicted == classIndex(examples.get(index).label())) {
                    right++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "5-fold cross-validated accuracy: %.3f (%d of %d)%n", right / (double) total, right, total);
        printConfusion(confusion);
    }

    static void printConfusion(int[][] confusion) {
        StringBuilder head = new StringBuilder("gold \\ predicted ");
        for (Category c : CLASSES) {
            head.append(String.format(Locale.ROOT, "%5s", c.name().substring(0, 4)));
        }
        head.append(" UNCA");
        System.out.println(head);
        for (int g = 0; g < CLASSES.length; g++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-17s", CLASSES[g].name().substring(0, Math.min(16, CLASSES[g].name().length()))));
            for (int p = 0; p <= CLASSES.length; p++) {
                row.append(String.format(Locale.ROOT, "%5s", confusion[g][p] == 0 ? "." : Integer.toString(confusion[g][p])));
            }
            System.out.println(row);
        }
    }

    static int classIndex(Category c) {
        for (int i = 0; i < CLASSES.length; i++) {
            if (CLASSES[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException(c.name());
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Rows {@code 0..k-1} of the result are the topics' weight vectors; the last column is the bias. */
    static double[][] train(List<Example> examples, List<double[]> features, int dims, List<Integer> indexes) {
        int k = CLASSES.length;
        double[][] w = new double[k][dims + 1];
        double[][] m = new double[k][dims + 1];
        double[][] v = new double[k][dims + 1];
        double rate = 0.05;
        // Each topic weighs the same in the loss however many examples it has: the labelled news
        // over-represent politics and entertainment, real streams do not follow that mix.
        double[] perClass = new double[k];
        for (int index : indexes) {
            perClass[classIndex(examples.get(index).label())]++;
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            classWeight[c] = perClass[c] == 0 ? 0 : 1.0 / (k * perClass[c]);
        }
        double n = 1.0;
        for (int it = 1; it <= ITERATIONS; it++) {
            double[][] grad = new double[k][dims + 1];
            for (int index : indexes) {
                double[] x = features.get(index);
                Example e = examples.get(index);
                double[] p = probabilities(w, x);
                int gold = classIndex(e.label());
                for (int c = 0; c < k; c++) {
                    double d = (p[c] - (c == gold ? 1 : 0)) * e.weight() * classWeight[gold] / n;
                    double[] g = grad[c];
                    for (int j = 0; j < dims; j++) {
                        g[j] += d * x[j];
                    }
                    g[dims] += d;
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= dims; j++) {
                    double g = grad[c][j] + (j < dims ? LAMBDA * w[c][j] : 0);
                    m[c][j] = 0.9 * m[c][j] + 0.1 * g;
                    v[c][j] = 0.999 * v[c][j] + 0.001 * g * g;
                    double mh = m[c][j] / (1 - Math.pow(0.9, it));
                    double vh = v[c][j] / (1 - Math.pow(0.999, it));
                    w[c][j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
        }
        return w;
    }

    static double[] probabilities(double[][] w, double[] x) {
        int k = w.length;
        int dims = x.length;
        double[] s = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double z = w[c][dims];
            for (int j = 0; j < dims; j++) {
                z += w[c][j] * x[j];
            }
            s[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < k; c++) {
            s[c] /= sum;
        }
        return s;
    }

    /** The shipped model: per word its topic scores (the regression applied to its vector), as bytes. */
    static byte[] write(TrainingVocabulary vocabulary, double[][] w) throws IOException {
        int k = CLASSES.length;
        int dims = vocabulary.vectors[0].length;
        int n = vocabulary.vectors.length;
        double[][] rows = new double[n][k];
        double max = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < k; c++) {
                double z = 0;
                for (int j = 0; j < dims; j++) {
                    z += w[c][j] * vocabulary.vectors[r][j];
                }
                rows[r][c] = z;
                max = Math.max(max, Math.abs(z));
            }
        }
        float scale = (float) (max / 127.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF("newsflow-category-1");
            out.writeInt(k);
            for (int c = 0; c < k; c++) {
                out.writeUTF(CLASSES[c].name());
                out.writeFloat((float) w[c][dims]);
            }
            out.writeFloat(THRESHOLD);
            out.writeFloat(scale);
            out.writeInt(n);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < k; c++) {
                    out.writeByte((int) Math.round(rows[r][c] / scale));
                }
            }
            for (int r = 0; r < n; r++) {
                out.writeFloat(vocabulary.weights[r]);
            }
            out.writeInt(vocabulary.byLanguage.size());
            for (Map.Entry<String, Map<String, Integer>> language : vocabulary.byLanguage.entrySet()) {
                out.writeUTF(language.getKey());
                out.writeInt(language.getValue().size());
                for (Map.Entry<String, Integer> word : language.getValue().entrySet()) {
                    out.writeUTF(word.getKey());
                    out.writeInt(word.getValue());
                }
            }
        }
        return bytes.toByteArray();
    }

    static CategoryModel read(byte[] model) throws IOException {
        return CategoryModel.read(new ByteArrayInputStream(model));
    }

    private static Map<String, Category> codes() {
        Map<String, Category> codes = new HashMap<>();
        codes.put("ART", Category.ARTS_CULTURE_ENTERTAINMENT);
        codes.put("WAR", Category.CONFLICT_WAR_PEACE);
        codes.put("CRI", Category.CRIME_LAW_JUSTICE);
        codes.put("DIS", Category.DISASTER_ACCIDENT);
        codes.put("ECO", Category.ECONOMY_BUSINESS_FINANCE);
        codes.put("EDU", Category.EDUCATION);
        codes.put("ENV", Category.ENVIRONMENT);
        codes.put("HEA", Category.HEALTH);
        codes.put("HUM", Category.HUMAN_INTEREST);
        codes.put("LAB", Category.LABOUR);
        codes.put("LIF", Category.LIFESTYLE_LEISURE);
        codes.put("POL", Category.POLITICS);
        codes.put("REL", Category.RELIGION);
        codes.put("SCI", Category.SCIENCE_TECHNOLOGY);
        codes.put("SOC", Category.SOCIETY);
        codes.put("SPO", Category.SPORT);
        codes.put("WEA", Category.WEATHER);
        return Map.copyOf(codes);
    }

    /** Word vectors as made by {@code tools/category-embeddings}. */
    static final class Embeddings {
        final List<String> words;
        final float[][] vectors;
        final int dimensions;

        private Embeddings(List<String> words, float[][] vectors, int dimensions) {
            this.words = words;
            this.vectors = vectors;
            this.dimensions = dimensions;
        }

        static Embeddings read(Path file) throws IOException {
            try (InputStream raw = Files.newInputStream(file);
                 DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
                int n = in.readInt();
                int dims = in.readInt();
                List<String> words = new ArrayList<>(n);
                float[][] vectors = new float[n][dims];
                for (int i = 0; i < n; i++) {
                    words.add(in.readUTF());
                    for (int j = 0; j < dims; j++) {
                        vectors[i][j] = in.readFloat();
                    }
                }
                return new Embeddings(words, vectors, dims);
            }
        }
    }

    /** The trainer's side of {@link Evidence.Vocabulary}: rows are embedding vectors. */
    static final class TrainingVocabulary implements Evidence.Vocabulary {
        final double[][] vectors;
        final float[] weights;
        final Map<String, Map<String, Integer>> byLanguage;

        private TrainingVocabulary(double[][] vectors, float[] weights, Map<String, Map<String, Integer>> byLanguage) {
            this.vectors = vectors;
            this.weights = weights;
            this.byLanguage = byLanguage;
        }

        static TrainingVocabulary of(Embeddings embeddings, Path data) throws IOException {
            int n = embeddings.words.size();
            int dims = embeddings.dimensions;
            double[] mean = new double[dims];
            for (float[] v : embeddings.vectors) {
                for (int j = 0; j < dims; j++) {
                    mean[j] += v[j] / n;
                }
            }
            double[][] vectors = new double[n][dims];
            float[] weights = new float[n];
            Map<String, Integer> english = new LinkedHashMap<>();
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < dims; j++) {
                    vectors[r][j] = embeddings.vectors[r][j] - mean[j];
                }
                weights[r] = (float) (r / (r + HALF_WEIGHT_RANK));
                if (weights[r] <= 0) {
                    weights[r] = 1e-3f;
                }
                english.putIfAbsent(embeddings.words.get(r), r);
            }
            Map<String, Map<String, Integer>> byLanguage = new LinkedHashMap<>();
            byLanguage.put("en", english);
            try (var files = Files.list(data)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith("dictionary.") || !name.endsWith(".tsv")) {
                        continue;
                    }
                    String language = name.substring("dictionary.".length(), name.length() - ".tsv".length());
                    Map<String, Integer> table = new LinkedHashMap<>();
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] cols = line.split("\t");
                        Integer row = english.get(cols[1].strip().toLowerCase(Locale.ROOT));
                        if (row != null) {
                            for (String foreign : cols[0].split(",")) {
                                table.putIfAbsent(foreign.strip().toLowerCase(Locale.ROOT), row);
                            }
                        }
                    }
                    byLanguage.put(language, table);
                }
            }
            return new TrainingVocabulary(vectors, weights, byLanguage);
        }

        @Override
        public int row(String language, String lower) {
            Map<String, Integer> table = byLanguage.get(language);
            Integer row = table == null ? null : table.get(lower);
            return row == null ? -1 : row;
        }

        @Override
        public float weight(int row) {
            return weights[row];
        }

        /**
         * Scales every vector (and so every article's mean) by one factor, so that a typical labelled
         * text has length 1 and one penalty suits all features. Linear, so the shipped rows stay exact.
         */
        void rescale(List<double[]> features) {
            double[] norms = new double[features.size()];
            for (int i = 0; i < norms.length; i++) {
                double sum = 0;
                for (double v : features.get(i)) {
                    sum += v * v;
                }
                norms[i] = Math.sqrt(sum);
            }
            double[] sorted = norms.clone();
            java.util.Arrays.sort(sorted);
            double factor = 1.0 / sorted[sorted.length / 2];
            for (double[] x : features) {
                for (int j = 0; j < x.length; j++) {
                    x[j] *= factor;
                }
            }
            for (double[] v : vectors) {
                for (int j = 0; j < v.length; j++) {
                    v[j] *= factor;
                }
            }
            System.out.printf(Locale.ROOT, "median text vector length %.4f, scaled by %.2f%n", sorted[sorted.length / 2], factor);
        }

        double[] features(TextAnalysis text) {
            double[] x = new double[vectors[0].length];
            Evidence.collect(TokenizedText.of(text), text.language(), this, (row, weight) -> {
                double[] v = vectors[row];
                for (int j = 0; j < x.length; j++) {
                    x[j] += weight * v[j];
                }
            });
            return x;
        }
    }

    /**
     * One labelled text. Files {@code NAME.LANG.tsv} hold lines {@code CODE<tab>title<tab>text}; files
     * whose name starts with {@code descriptions} are topic descriptions, used to train but never held out.
     */
    record Example(Category label, String language, String title, String body, String source) {

        boolean heldOutEligible() {
            return !source.startsWith("descriptions");
        }

        double weight() {
            return 1.0;
        }

        TextAnalysis analysis() {
            List<String> sentences = new ArrayList<>();
            for (String line : body.split("\n")) {
                sentences.addAll(SentenceSplitter.split(line));
            }
            return new TextAnalysis(title, body, sentences, language);
        }

        static List<Example> readAll(Path dir) throws IOException {
            List<Example> all = new ArrayList<>();
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("dictionary.") || !name.endsWith(".tsv")) {
                        continue;
                    }
                    String[] parts = name.split("\\.");
                    String language = parts[parts.length - 2];
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] cols = line.split("\t", -1);
                        Category label = CODES.get(cols[0].strip());
                        if (label == null) {
                            throw new IllegalArgumentException(name + ": unknown label in " + line);
                        }
                        all.add(new Example(label, language, cols[1], cols.length > 2 ? cols[2] : "", name));
                    }
                }
            }
            return all;
        }
    }
}
