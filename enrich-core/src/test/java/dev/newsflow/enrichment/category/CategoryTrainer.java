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
 * mean of its words' vectors; a multinomial logistic regression with L2 penalty and no intercept
 * learns one weight vector per topic, plus a small per-word correction of the topic scores for the
 * words seen in at least two labelled texts; finally each word's row is the regression applied to its
 * vector plus its correction, so that the shipped model needs no embeddings at all. German, French,
 * Spanish, Portuguese and Italian words take the row of their English translation
 * ({@code dictionary.LANG.tsv}). The biases of the shipped model are the log-priors of a news stream's
 * topic mix ({@link #PRIOR}), and the model records the spread of a typical labelled text's scores
 * ({@code CategoryModel#spread}).
 * <p>
 * Usage: {@code CategoryTrainer EMBEDDINGS.bin.gz DATA_DIR OUT.bin.gz [--cv] [--eval TEXTS.tsv]}. With
 * {@code --cv} it first reports five-fold cross-validated accuracy on the real labelled news (the
 * texts written for the project are always in the training part). {@code --score MODEL TEXTS.tsv}
 * scores a model on labelled texts; {@code --explain MODEL TEXTS.tsv NAME} prints the words that weigh
 * most in one text's scores. System properties {@code lambda}, {@code residual}, {@code prior},
 * {@code threshold}, {@code real.weight}, {@code bias}, {@code norescale} change the settings for
 * experiments; the defaults made the shipped model.
 */
public final class CategoryTrainer {

    /** The topics the model chooses among, in row order. */
    static final Category[] CLASSES = java.util.Arrays.stream(Category.values())
            .filter(c -> c != Category.UNCATEGORIZED).toArray(Category[]::new);
    static final Map<String, Category> CODES = codes();
    static final double LAMBDA = Double.parseDouble(System.getProperty("lambda", "1e-6"));
    static final int ITERATIONS = Integer.getInteger("iterations", 600);
    /** Penalty on the per-word corrections; 0 turns them off. */
    static final double RESIDUAL_LAMBDA = Double.parseDouble(System.getProperty("residual", "1e-8"));
    static final boolean NO_BIAS = !Boolean.getBoolean("bias");
    /** Rescale an article's scores to the spread of a typical labelled text (see CategoryModel#spread). */
    static final boolean RESCALE = !Boolean.getBoolean("norescale");
    static final float THRESHOLD = Float.parseFloat(System.getProperty("threshold", "0.15"));
    /** How much a real labelled item weighs against one written for the project. */
    static final double REAL_WEIGHT = Double.parseDouble(System.getProperty("real.weight", "1"));
    /**
     * The topic mix of a general news stream (an estimate: politics, business, sport and crime lead),
     * as log-priors added to the biases with strength {@code prior}; 0 means every topic is equally likely.
     */
    static final double[] PRIOR = priors(Double.parseDouble(System.getProperty("prior", "1")));
    /** Rank at which a vocabulary word gets half weight: "the" counts ~0, a word of rank 3,000 ~0.9. */
    static final double HALF_WEIGHT_RANK = 300;

    private CategoryTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--explain")) {
            explain(read(Files.readAllBytes(Path.of(args[1]))), Path.of(args[2]), args[3]);
            return;
        }
        if (args[0].equals("--score")) {
            evaluate(new Categorizer(read(Files.readAllBytes(Path.of(args[1])))), Path.of(args[2]));
            return;
        }
        Embeddings embeddings = Embeddings.read(Path.of(args[0]));
        Path data = Path.of(args[1]);
        TrainingVocabulary vocabulary = TrainingVocabulary.of(embeddings, data);
        List<Example> examples = Example.readAll(data);
        System.out.printf(Locale.ROOT, "%d words, %d examples (%d real)%n", embeddings.words.size(), examples.size(),
                examples.stream().filter(Example::real).count());
        List<Doc> docs = new ArrayList<>();
        for (Example e : examples) {
            docs.add(vocabulary.doc(e.analysis()));
        }
        vocabulary.rescale(docs);
        if (List.of(args).contains("--cv")) {
            crossValidate(examples, docs, embeddings.dimensions);
        }
        Model model = train(examples, docs, embeddings.dimensions, allIndexes(examples.size()));
        byte[] bytes = write(vocabulary, model);
        Files.write(Path.of(args[2]), bytes);
        System.out.println("wrote " + args[2] + " (" + bytes.length + " bytes)");
        for (int i = 3; i < args.length - 1; i++) {
            if (args[i].equals("--eval")) {
                evaluate(new Categorizer(read(bytes)), Path.of(args[i + 1]));
            }
        }
    }

    /**
     * Scores the model on labelled texts: lines {@code CODES<tab>lang<tab>name<tab>title<tab>text} where
     * CODES lists the acceptable topics ({@code ECO|SCI}, the first the main one) and the text's lines
     * are joined by a literal backslash-n.
     */
    static void evaluate(Categorizer categorizer, Path file) throws IOException {
        int right = 0;
        int total = 0;
        int[][] confusion = new int[CLASSES.length][CLASSES.length + 1];
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
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
            if (!good || Boolean.getBoolean("verbose")) {
                System.out.printf(Locale.ROOT, "%s %-30s %-4s %-28s %.2f %s%n", good ? "  " : "XX", cols[2], cols[1],
                        score.category(), score.score(), cols[0]);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d right (%.3f)%n", file, right, total, right / (double) total);
        printConfusion(confusion);
    }

    /** Prints the words that weigh most in one labelled text's topic scores: for looking into errors. */
    static void explain(CategoryModel model, Path file, String name) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", 5);
            if (cols.length < 5 || !cols[2].equals(name)) {
                continue;
            }
            String body = cols[4].replace("\\n", "\n");
            List<String> sentences = new ArrayList<>();
            for (String l : body.split("\n")) {
                sentences.addAll(SentenceSplitter.split(l));
            }
            TextAnalysis text = new TextAnalysis(cols[3], body, sentences, cols[1]);
            Map<Integer, Double> byRow = new HashMap<>();
            Evidence.collect(TokenizedText.of(text), cols[1], model, (row, weight) -> byRow.merge(row, weight, Double::sum));
            Map<Integer, String> names = new HashMap<>();
            for (String lang : model.languages()) {
                for (String w : (body + " " + cols[3]).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    int r = Evidence.lookup(model, lang, w);
                    if (r >= 0) {
                        names.putIfAbsent(r, w);
                    }
                }
            }
            for (int c = 0; c < model.classCount(); c++) {
                final int cc = c;
                double[] total = new double[1];
                List<Map.Entry<Integer, Double>> top = new ArrayList<>(byRow.entrySet());
                top.sort((a, b) -> Double.compare(contribution(model, b, cc), contribution(model, a, cc)));
                StringBuilder sb = new StringBuilder();
                for (Map.Entry<Integer, Double> e : top) {
                    total[0] += contribution(model, e, cc);
                }
                for (Map.Entry<Integer, Double> e : top.subList(0, Math.min(8, top.size()))) {
                    sb.append(String.format(Locale.ROOT, " %s:%.2f", names.get(e.getKey()), contribution(model, e, cc)));
                }
                System.out.printf(Locale.ROOT, "%-26s %6.2f bias %5.2f |%s%n", model.category(c), total[0], model.bias(c), sb);
            }
        }
    }

    private static double contribution(CategoryModel model, Map.Entry<Integer, Double> e, int c) {
        double[] scores = new double[model.classCount()];
        model.addRow(e.getKey(), e.getValue(), scores);
        return scores[c];
    }

    static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    /**
     * Five folds over the real labelled news only: the texts written for the project are always in
     * the training part, and accuracy is reported on held-out real items alone.
     */
    static void crossValidate(List<Example> examples, List<Doc> docs, int dims) {
        List<Integer> order = allIndexes(examples.size());
        Collections.shuffle(order, new Random(12));
        int folds = 5;
        int[][] confusion = new int[CLASSES.length][CLASSES.length + 1];
        int right = 0;
        int total = 0;
        int seen = 0;
        int[] foldOf = new int[examples.size()];
        for (int index : order) {
            foldOf[index] = examples.get(index).real() ? seen++ % folds : -1;
        }
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int index : order) {
                (foldOf[index] == f ? test : train).add(index);
            }
            Model model = train(examples, docs, dims, train);
            for (int index : test) {
                double[] p = model.probabilities(docs.get(index), true);
                int best = argmax(p);
                int predicted = p[best] < THRESHOLD ? CLASSES.length : best;
                confusion[classIndex(examples.get(index).label())][predicted]++;
                total++;
                if (predicted == classIndex(examples.get(index).label())) {
                    right++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "5-fold cross-validated accuracy on real news: %.3f (%d of %d)%n",
                right / (double) Math.max(1, total), right, total);
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

    /**
     * An article as the trainer sees it: the {@link Evidence}-weighted mean of its words' vectors
     * ({@code dense}) and the same weights per vocabulary row ({@code rows}, {@code weights}), for the
     * per-word corrections.
     */
    record Doc(double[] dense, int[] rows, double[] weights) {
    }

    /**
     * A trained classifier: one weight vector per topic over the embedding ({@code w}, last column the
     * bias) plus, for the vocabulary rows seen in training, a per-word correction of the topic scores
     * ({@code residual}, indexed through {@code slot}).
     */
    record Model(double[][] w, Map<Integer, Integer> slot, double[][] residual, double spread) {

        Model withSpread(double value) {
            return new Model(w, slot, residual, value);
        }

        /** The words' scores (without bias or prior). */
        double[] raw(Doc doc) {
            int k = w.length;
            int dims = doc.dense().length;
            double[] s = new double[k];
            for (int c = 0; c < k; c++) {
                double z = 0;
                for (int j = 0; j < dims; j++) {
                    z += w[c][j] * doc.dense()[j];
                }
                s[c] = z;
            }
            for (int i = 0; i < doc.rows().length; i++) {
                Integer at = slot.get(doc.rows()[i]);
                if (at != null) {
                    double[] r = residual[at];
                    for (int c = 0; c < k; c++) {
                        s[c] += doc.weights()[i] * r[c];
                    }
                }
            }
            return s;
        }

        /** As the shipped model computes them ({@code Categorizer#softmax}), or plainly while training. */
        double[] probabilities(Doc doc, boolean asShipped) {
            double[] s = raw(doc);
            int k = s.length;
            int dims = doc.dense().length;
            if (asShipped && spread > 0) {
                double mean = 0;
                for (double z : s) {
                    mean += z / k;
                }
                double sd = CategoryTrainer.spread(s);
                for (int c = 0; c < k; c++) {
                    s[c] = (s[c] - mean) * (sd > 1e-12 ? spread / sd : 0);
                }
            }
            for (int c = 0; c < k; c++) {
                s[c] += w[c][dims] + (asShipped ? PRIOR[c] : 0);
            }
            return softmax(s);
        }
    }

    /** Standard deviation of scores over the topics. */
    static double spread(double[] s) {
        double mean = 0;
        for (double z : s) {
            mean += z / s.length;
        }
        double variance = 0;
        for (double z : s) {
            variance += (z - mean) * (z - mean) / s.length;
        }
        return Math.sqrt(variance);
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : s) {
            max = Math.max(max, z);
        }
        double sum = 0;
        double[] p = new double[s.length];
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    static Model train(List<Example> examples, List<Doc> docs, int dims, List<Integer> indexes) {
        int k = CLASSES.length;
        double[][] w = new double[k][dims + 1];
        Adam dense = new Adam(k, dims + 1);
        Map<Integer, Integer> slot = new HashMap<>();
        if (RESIDUAL_LAMBDA > 0) {
            Map<Integer, Integer> documents = new HashMap<>();
            for (int index : indexes) {
                for (int row : docs.get(index).rows()) {
                    documents.merge(row, 1, Integer::sum);
                }
            }
            documents.forEach((row, count) -> {
                if (count >= 2) {
                    slot.put(row, slot.size());
                }
            });
        }
        double[][] residual = new double[slot.size()][k];
        Adam sparse = new Adam(slot.size(), k);
        // Each topic weighs the same in the loss however many examples it has: the labelled data's mix
        // is not a news stream's mix (the stream's mix enters as a prior at the end, PRIOR).
        double[] perClass = new double[k];
        for (int index : indexes) {
            perClass[classIndex(examples.get(index).label())] += examples.get(index).weight();
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            classWeight[c] = perClass[c] == 0 ? 0 : 1.0 / (k * perClass[c]);
        }
        Model model = new Model(w, slot, residual, 0);
        for (int it = 1; it <= ITERATIONS; it++) {
            double[][] grad = new double[k][dims + 1];
            double[][] rgrad = new double[slot.size()][k];
            for (int index : indexes) {
                Doc doc = docs.get(index);
                Example e = examples.get(index);
                double[] p = model.probabilities(doc, false);
                int gold = classIndex(e.label());
                double[] d = new double[k];
                for (int c = 0; c < k; c++) {
                    d[c] = (p[c] - (c == gold ? 1 : 0)) * e.weight() * classWeight[gold];
                    double[] g = grad[c];
                    for (int j = 0; j < dims; j++) {
                        g[j] += d[c] * doc.dense()[j];
                    }
                    if (!NO_BIAS) {
                        g[dims] += d[c];
                    }
                }
                for (int i = 0; i < doc.rows().length; i++) {
                    Integer at = slot.get(doc.rows()[i]);
                    if (at != null) {
                        for (int c = 0; c < k; c++) {
                            rgrad[at][c] += d[c] * doc.weights()[i];
                        }
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < dims; j++) {
                    grad[c][j] += LAMBDA * w[c][j];
                }
            }
            dense.step(w, grad, it);
            for (int r = 0; r < residual.length; r++) {
                for (int c = 0; c < k; c++) {
                    rgrad[r][c] += RESIDUAL_LAMBDA * residual[r][c];
                }
            }
            sparse.step(residual, rgrad, it);
        }
        if (!RESCALE) {
            return model;
        }
        double[] spreads = new double[indexes.size()];
        for (int i = 0; i < spreads.length; i++) {
            spreads[i] = spread(model.raw(docs.get(indexes.get(i))));
        }
        java.util.Arrays.sort(spreads);
        return model.withSpread(spreads[spreads.length / 2]);
    }

    /** Adam, full batch. */
    static final class Adam {
        private final double[][] m;
        private final double[][] v;

        Adam(int rows, int cols) {
            m = new double[rows][cols];
            v = new double[rows][cols];
        }

        void step(double[][] params, double[][] grad, int it) {
            double rate = 0.05;
            double c1 = 1 - Math.pow(0.9, it);
            double c2 = 1 - Math.pow(0.999, it);
            for (int i = 0; i < params.length; i++) {
                for (int j = 0; j < params[i].length; j++) {
                    double g = grad[i][j];
                    m[i][j] = 0.9 * m[i][j] + 0.1 * g;
                    v[i][j] = 0.999 * v[i][j] + 0.001 * g * g;
                    params[i][j] -= rate * (m[i][j] / c1) / (Math.sqrt(v[i][j] / c2) + 1e-8);
                }
            }
        }
    }

    /** The shipped model: per word its topic scores (the regression applied to its vector), as bytes. */
    static byte[] write(TrainingVocabulary vocabulary, Model model) throws IOException {
        double[][] w = model.w();
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
                Integer at = model.slot().get(r);
                if (at != null) {
                    z += model.residual()[at][c];
                }
                rows[r][c] = z;
                max = Math.max(max, Math.abs(z));
            }
        }
        float scale = (float) (max / 127.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF("newsflow-category-2");
            out.writeInt(k);
            for (int c = 0; c < k; c++) {
                out.writeUTF(CLASSES[c].name());
                out.writeFloat((float) (w[c][dims] + PRIOR[c]));
            }
            out.writeFloat(THRESHOLD);
            out.writeFloat((float) model.spread());
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

    private static double[] priors(double strength) {
        Map<Category, Double> share = new HashMap<>();
        share.put(Category.POLITICS, 0.16);
        share.put(Category.ECONOMY_BUSINESS_FINANCE, 0.12);
        share.put(Category.SPORT, 0.12);
        share.put(Category.CRIME_LAW_JUSTICE, 0.10);
        share.put(Category.CONFLICT_WAR_PEACE, 0.07);
        share.put(Category.ARTS_CULTURE_ENTERTAINMENT, 0.07);
        share.put(Category.DISASTER_ACCIDENT, 0.06);
        share.put(Category.SCIENCE_TECHNOLOGY, 0.06);
        share.put(Category.HEALTH, 0.05);
        share.put(Category.LIFESTYLE_LEISURE, 0.04);
        share.put(Category.SOCIETY, 0.03);
        share.put(Category.ENVIRONMENT, 0.03);
        share.put(Category.EDUCATION, 0.02);
        share.put(Category.LABOUR, 0.02);
        share.put(Category.HUMAN_INTEREST, 0.02);
        share.put(Category.WEATHER, 0.02);
        share.put(Category.RELIGION, 0.01);
        double[] prior = new double[CLASSES.length];
        double mean = 0;
        for (int c = 0; c < prior.length; c++) {
            prior[c] = strength * Math.log(share.get(CLASSES[c]));
            mean += prior[c] / prior.length;
        }
        for (int c = 0; c < prior.length; c++) {
            prior[c] -= mean;
        }
        return prior;
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
        void rescale(List<Doc> docs) {
            double[] norms = new double[docs.size()];
            for (int i = 0; i < norms.length; i++) {
                double sum = 0;
                for (double v : docs.get(i).dense()) {
                    sum += v * v;
                }
                norms[i] = Math.sqrt(sum);
            }
            double[] sorted = norms.clone();
            java.util.Arrays.sort(sorted);
            double factor = 1.0 / sorted[sorted.length / 2];
            for (Doc doc : docs) {
                double[] x = doc.dense();
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

        Doc doc(TextAnalysis text) {
            double[] x = new double[vectors[0].length];
            Map<Integer, Double> byRow = new LinkedHashMap<>();
            Evidence.collect(TokenizedText.of(text), text.language(), this, (row, weight) -> {
                double[] v = vectors[row];
                for (int j = 0; j < x.length; j++) {
                    x[j] += weight * v[j];
                }
                byRow.merge(row, weight, Double::sum);
            });
            int[] rows = new int[byRow.size()];
            double[] weights = new double[byRow.size()];
            int i = 0;
            for (Map.Entry<Integer, Double> e : byRow.entrySet()) {
                rows[i] = e.getKey();
                weights[i++] = e.getValue();
            }
            return new Doc(x, rows, weights);
        }
    }

    /**
     * One labelled text. Files {@code NAME.LANG.tsv} hold lines {@code CODE<tab>title<tab>text}; files
     * whose name starts with {@code descriptions} are topic descriptions, used to train but never held out.
     */
    record Example(Category label, String language, String title, String body, String source) {

        /** Real labelled news, as opposed to descriptions and examples written for the project. */
        boolean real() {
            return !source.startsWith("descriptions") && !source.startsWith("written");
        }

        double weight() {
            return real() ? REAL_WEIGHT : 1.0;
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
