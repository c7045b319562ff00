package dev.newsflow.enrichment.language;

import dev.newsflow.enrichment.text.Words;
import java.util.Locale;

/**
 * Tells the language of a text with the OpenNLP language detector model shipped in
 * {@code opennlp-models-langdetect} (103 languages). Only a prefix of the text is judged: a few
 * hundred characters settle the language of prose, and the cost grows with the length. Text too
 * short or too ambiguous to judge gets {@code "und"} (or the language its source declared) rather
 * than a wild guess. Thread-safe; the 10 MB model is loaded once per JVM, on first use.
 */
public final class LanguageIdentifier {

    static final int PREFIX_CHARS = 300;
    static final int MIN_LETTERS = 20;
    static final double MIN_PROBABILITY = 0.02;
    static final double MIN_MARGIN = 0.6;

    /** Loads the model now rather than on the first article (so the first one is not slow). */
    public static void warmUp() {
        Model.INSTANCE.languageCount();
    }

    /**
     * @param declared the language the source declared (any case, ISO 639-1), or null; used
     *                 when the text itself is too short or too ambiguous to tell
     */
    public LanguageGuess identify(CharSequence text, String declared) {
        if (Words.countLetters(text, MIN_LETTERS) < MIN_LETTERS) {
            return fallback(declared);
        }
        CharSequence prefix = text.length() > PREFIX_CHARS ? text.subSequence(0, cutAt(text, PREFIX_CHARS)) : text;
        GramModel model = Model.INSTANCE;
        double[] scores = NgramContext.scores(prefix, model);
        int best = 0;
        int second = -1;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                second = best;
                best = i;
            } else if (second < 0 || scores[i] > scores[second]) {
                second = i;
            }
        }
        // the model's probabilities: softmax of the scores
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score - scores[best]);
        }
        double top = 1 / sum;
        double margin = 1 / (1 + Math.exp(scores[second] - scores[best]));
        String code = IsoCodes.toIso6391(model.language(best));
        if (code == null || top < MIN_PROBABILITY || margin < MIN_MARGIN) {
            return fallback(declared);
        }
        return new LanguageGuess(code, margin);
    }

    private static LanguageGuess fallback(String declared) {
        if (declared != null && declared.length() >= 2 && declared.length() <= 3 && declared.chars().allMatch(Character::isLetter)) {
            return new LanguageGuess(declared.toLowerCase(Locale.ROOT), 1.0);
        }
        return LanguageGuess.undetermined();
    }

    private static int cutAt(CharSequence text, int limit) {
        for (int i = limit; i > limit - 40; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** Lazy holder: the model is read when the first text is judged, once. */
    private static final class Model {
        static final GramModel INSTANCE = GramModel.load();
    }
}
