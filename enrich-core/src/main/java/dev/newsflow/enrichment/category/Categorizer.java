package dev.newsflow.enrichment.category;

import dev.newsflow.contracts.Category;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.TokenizedText;

/**
 * One top-level IPTC topic for an article, from a trained linear classifier ({@link CategoryModel}):
 * the article's words, weighted by where they stand ({@link Evidence}: title, lead, rest of the body,
 * menus discounted), give topic scores; their softmax is the probability of each topic. The best
 * topic wins when its probability reaches the model's threshold and the article holds enough known
 * words; otherwise the article is {@link Category#UNCATEGORIZED}.
 * <p>
 * Languages: the model knows English, German, French, Spanish, Portuguese and Italian words. Text in
 * any other language (or of unknown language) is {@link Category#UNCATEGORIZED}: the model leaves out
 * what it cannot read rather than guessing from the odd English word.
 * <p>
 * Thread-safe: the model is immutable and loaded once; all other state is per call.
 */
public final class Categorizer {

    /** Below this raw evidence mass (about three rare words) there is too little text to judge. */
    static final double MIN_EVIDENCE = 3.0;
    private static final CategoryScore NONE = new CategoryScore(Category.UNCATEGORIZED, 0.0);

    private final CategoryModel model;

    public Categorizer() {
        this(Shipped.MODEL);
    }

    Categorizer(CategoryModel model) {
        this.model = model;
    }

    public CategoryScore categorize(TextAnalysis text) {
        String language = text.language();
        if (!model.supports(language)) {
            return NONE;
        }
        double[] scores = new double[model.classCount()];
        double mass = Evidence.collect(TokenizedText.of(text), language, model,
                (row, weight) -> model.addRow(row, weight, scores));
        if (mass < MIN_EVIDENCE) {
            return NONE;
        }
        double[] p = softmax(model, scores);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        if (p[best] < model.threshold()) {
            return NONE;
        }
        return new CategoryScore(model.category(best), Math.round(p[best] * 1000.0) / 1000.0);
    }

    /**
     * Topic probabilities from the words' summed scores: the scores are rescaled to the model's spread
     * ({@link CategoryModel#spread}), the biases added, and the softmax taken. Overwrites {@code scores}.
     */
    static double[] softmax(CategoryModel model, double[] scores) {
        int k = scores.length;
        if (model.spread() > 0) {
            double mean = 0;
            for (double s : scores) {
                mean += s / k;
            }
            double variance = 0;
            for (double s : scores) {
                variance += (s - mean) * (s - mean) / k;
            }
            double factor = variance > 1e-12 ? model.spread() / Math.sqrt(variance) : 0;
            for (int c = 0; c < k; c++) {
                scores[c] = (scores[c] - mean) * factor;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            scores[c] += model.bias(c);
            max = Math.max(max, scores[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < k; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /** Whether the model reads text in this language. */
    boolean supports(String language) {
        return model.supports(language);
    }

    /** The topic probabilities of the text, in the model's class order; for the evaluation. */
    double[] probabilities(TextAnalysis text) {
        double[] scores = new double[model.classCount()];
        Evidence.collect(TokenizedText.of(text), text.language(), model, (row, weight) -> model.addRow(row, weight, scores));
        return softmax(model, scores);
    }

    /** Loads the shipped model on first use. */
    private static final class Shipped {
        static final CategoryModel MODEL = CategoryModel.shipped();
    }
}
