package dev.newsflow.enrichment.language;

/**
 * @param language   ISO 639-1 code, or {@code "und"} when the text cannot be judged
 * @param confidence 0..1: the detector's margin of its best language over the runner-up
 *                   ({@code best / (best + second)}), 1 when the caller declared the language and
 *                   the text was too short to check it, 0 for {@code "und"}
 */
public record LanguageGuess(String language, double confidence) {

    public static final String UNDETERMINED = "und";

    static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }
}
