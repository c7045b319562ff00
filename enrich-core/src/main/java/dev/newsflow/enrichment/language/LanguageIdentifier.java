package dev.newsflow.enrichment.language;

import dev.newsflow.enrichment.text.Words;
import java.util.Locale;

/**
 * Tells the language of a text with the OpenNLP language detector model shipped in
 * {@code opennlp-models-langdetect} (103 languages). Only a prefix of the text is judged: a few
 * hundred characters settle the language of prose, and the cost grows with the length. Text
 * written in a script that only one language uses (kana, Hangul, Greek, Hebrew, Thai, Georgian,
 * Armenian) is told by its script, however short. Text too short or too ambiguous to judge gets
 * the language its source or page declared, else {@code "und"}, rather than a wild guess; a
 * declared language also wins when the text fits it nearly as well as the model's first choice
 * (a page's own {@code lang} is often its template's, so the text overrules it when it clearly
 * says otherwise). Thread-safe; the 10 MB model is loaded once per JVM, on first use.
 */
public final class LanguageIdentifier {

    static final int PREFIX_CHARS = 300;
    static final int MIN_LETTERS = 20;
    static final double MIN_PROBABILITY = 0.02;
    static final double MIN_MARGIN = 0.6;
    /** A declared language wins when the model finds it at least this likely relative to its first choice. */
    static final double DECLARED_RATIO = 0.2;

    /** Loads the model now rather than on the first article (so the first one is not slow). */
    public static void warmUp() {
        Model.INSTANCE.languageCount();
    }

    /**
     * @param declared the language the source declared (any case, ISO 639-1), or null; used
     *                 when the text itself is too short or too ambiguous to tell
     */
    public LanguageGuess identify(CharSequence text, String declared) {
        CharSequence prefix = text.length() > PREFIX_CHARS ? text.subSequence(0, cutAt(text, PREFIX_CHARS)) : text;
        Scripts scripts = Scripts.of(prefix);
        String byScript = scripts.onlyLanguage();
        if (byScript != null) {
            return new LanguageGuess(byScript, Scripts.CONFIDENCE);
        }
        if (Words.countLetters(text, MIN_LETTERS) < MIN_LETTERS) {
            return fallback(declared, scripts);
        }
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
        String declaredCode = primary(declared);
        if (declaredCode != null && !declaredCode.equals(code)) {
            double ratio = Math.exp(declaredScore(scores, declaredCode, model) - scores[best]);
            if (ratio >= DECLARED_RATIO) {
                return new LanguageGuess(declaredCode, ratio / (1 + ratio)); // the text fits it nearly as well
            }
        }
        if (code == null || top < MIN_PROBABILITY || margin < MIN_MARGIN) {
            return fallback(declared, scripts);
        }
        return new LanguageGuess(code, margin);
    }

    /** The model's best score among the languages that have the declared code, or -infinity. */
    private static double declaredScore(double[] scores, String declaredCode, GramModel model) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (declaredCode.equals(IsoCodes.toIso6391(model.language(i)))) {
                best = Math.max(best, scores[i]);
            }
        }
        return best;
    }

    private static LanguageGuess fallback(String declared, Scripts scripts) {
        String code = primary(declared);
        if (code != null) {
            return new LanguageGuess(code, 1.0);
        }
        String likely = scripts.likelyLanguage();
        return likely != null ? new LanguageGuess(likely, Scripts.LIKELY_CONFIDENCE) : LanguageGuess.undetermined();
    }

    /** The primary subtag of a declared language ("pt" of "pt-BR", "fr" of "fr_FR"), lower case, or null. */
    static String primary(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.strip();
        int cut = 0;
        while (cut < d.length() && Character.isLetter(d.charAt(cut))) {
            cut++;
        }
        boolean clean = cut == d.length() || d.charAt(cut) == '-' || d.charAt(cut) == '_';
        if (!clean || cut < 2 || cut > 3) {
            return null;
        }
        return d.substring(0, cut).toLowerCase(Locale.ROOT);
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
