package dev.newsflow.enrichment.language;

/**
 * The letters of a text by script, counted over the prefix the identifier judges. Some scripts
 * are written by one language only (kana by Japanese, Hangul by Korean, Greek, Hebrew, Thai,
 * Georgian, Armenian): text in them needs no model, however short. Han characters without kana
 * are most likely Chinese, which is the answer when the model cannot tell.
 */
final class Scripts {

    static final double CONFIDENCE = 0.95;
    static final double LIKELY_CONFIDENCE = 0.7;
    /** Fewer letters than this say nothing, whatever their script. */
    static final int MIN_LETTERS = 4;

    private int letters;
    private int kana;
    private int han;
    private int hangul;
    private int greek;
    private int hebrew;
    private int thai;
    private int georgian;
    private int armenian;

    private Scripts() {
    }

    static Scripts of(CharSequence text) {
        Scripts s = new Scripts();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x370) {
                if (Character.isLetter(c)) {
                    s.letters++; // Latin, the common case, needs no script look-up
                }
                continue;
            }
            if (!Character.isLetter(c) && !(c >= 0x3040 && c <= 0x30FF)) {
                continue;
            }
            s.letters++;
            if (c >= 0x3040 && c <= 0x30FF || c >= 0x31F0 && c <= 0x31FF || c >= 0xFF66 && c <= 0xFF9F) {
                s.kana++;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF) {
                s.han++;
            } else if (c >= 0xAC00 && c <= 0xD7AF || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F) {
                s.hangul++;
            } else if (c >= 0x370 && c <= 0x3FF || c >= 0x1F00 && c <= 0x1FFF) {
                s.greek++;
            } else if (c >= 0x590 && c <= 0x5FF) {
                s.hebrew++;
            } else if (c >= 0xE00 && c <= 0xE7F) {
                s.thai++;
            } else if (c >= 0x10A0 && c <= 0x10FF) {
                s.georgian++;
            } else if (c >= 0x530 && c <= 0x58F) {
                s.armenian++;
            }
        }
        return s;
    }

    /** The language when the letters are mostly in a script only it writes, else null. */
    String onlyLanguage() {
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (kana * 10 >= letters && (kana + han) * 2 >= letters) {
            return "ja";
        }
        if (hangul * 2 >= letters) {
            return "ko";
        }
        if (greek * 2 >= letters) {
            return "el";
        }
        if (hebrew * 2 >= letters) {
            return "he";
        }
        if (thai * 2 >= letters) {
            return "th";
        }
        if (georgian * 2 >= letters) {
            return "ka";
        }
        if (armenian * 2 >= letters) {
            return "hy";
        }
        return null;
    }

    /** The language the script points to when the model cannot tell: Chinese for Han without kana. */
    String likelyLanguage() {
        return letters >= MIN_LETTERS && han * 2 >= letters && kana == 0 ? "zh" : null;
    }
}
