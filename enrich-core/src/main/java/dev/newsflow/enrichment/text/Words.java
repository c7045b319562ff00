package dev.newsflow.enrichment.text;

/**
 * Word tokens as every cleaning step sees them: maximal runs of letters and digits (an apostrophe
 * between letters stays inside the word), lower-cased. One definition, so the title, duplicate and
 * pattern checks all agree on what a word is.
 */
public final class Words {

    private Words() {
    }

    /** True for a character that belongs to a word. */
    public static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || c == '©';
    }

    /**
     * {@link Character#isWhitespace(char)}, with an ASCII fast path: a table look-up instead of the
     * JDK's dispatch to a character-data class, in the loops that run once per character.
     */
    public static boolean isWhitespace(char c) {
        return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
    }

    private static final boolean[] ASCII_WHITESPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WHITESPACE[c] = Character.isWhitespace(c);
        }
    }

    /** Lower case of one character, with an ASCII fast path (the common case in news text). */
    public static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** The text's words, lower-cased and joined by single spaces: the key duplicate checks compare. */
    public static String key(CharSequence text) {
        // scanned as a char array: charAt would check bounds and the string's coding on every char
        char[] chars = text.toString().toCharArray();
        int n = chars.length;
        char[] key = new char[n];
        int length = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (isWordChar(c)) {
                if (!inWord && length > 0) {
                    key[length++] = ' ';
                }
                key[length++] = lower(c);
                inWord = true;
            } else if (inWord && isApostrophe(c) && i + 1 < n && Character.isLetter(chars[i + 1])) {
                key[length++] = '\'';
            } else {
                inWord = false;
            }
        }
        return new String(key, 0, length);
    }

    /** Number of words in a {@link #key(CharSequence) key}. */
    public static int countInKey(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * Index in {@code text} just after its {@code n}-th word (counted as {@link #key} counts them),
     * or the text's length when it has fewer words.
     */
    public static int endOfWord(String text, int n) {
        int seen = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            while (i < len && (isWordChar(text.charAt(i))
                    || (isApostrophe(text.charAt(i)) && i + 1 < len && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            if (++seen == n) {
                return i;
            }
        }
        return len;
    }

    /**
     * Words for reading statistics: whitespace-separated tokens holding a letter or digit; in
     * scripts written without spaces (Han, kana) each character counts as a word.
     */
    public static int count(CharSequence text) {
        return counts(text).words();
    }

    /**
     * @param words      as {@link #count} counts them
     * @param unspaced   how many of them are characters of a script written without spaces (Han, kana)
     */
    public record Counts(int words, int unspaced) {

        /**
         * Minutes a reader needs, at least one: 230 words a minute for text written with spaces,
         * 300 characters a minute for Chinese and Japanese (standardised reading tests, IReST:
         * English 228 words, Chinese 255 and Japanese 357 characters a minute).
         */
        public int readingTimeMinutes() {
            double minutes = (words - unspaced) / 230.0 + unspaced / 300.0;
            return Math.max(1, (int) Math.ceil(minutes - 1e-9));
        }
    }

    /** {@link #count} and how many of the words are characters of an unspaced script, in one pass. */
    public static Counts counts(CharSequence text) {
        int words = 0;
        int unspacedChars = 0;
        boolean inToken = false;
        boolean tokenHasWord = false;
        char[] chars = text.toString().toCharArray(); // as in key(): no per-char checks
        for (int i = 0, n = chars.length; i < n; i++) {
            char c = chars[i];
            boolean whitespace;
            boolean wordChar;
            boolean unspaced = false;
            if (c < 128) {
                byte kind = ASCII_KINDS[c];
                whitespace = kind == SPACE;
                wordChar = kind == WORD;
            } else {
                whitespace = Character.isWhitespace(c);
                unspaced = isUnspacedScript(c);
                wordChar = Character.isLetterOrDigit(c);
            }
            if (whitespace || unspaced) {
                if (tokenHasWord) {
                    words++;
                }
                if (unspaced) {
                    words++;
                    unspacedChars++;
                }
                inToken = false;
                tokenHasWord = false;
            } else {
                inToken = true;
                tokenHasWord |= wordChar;
            }
        }
        return new Counts(inToken && tokenHasWord ? words + 1 : words, unspacedChars);
    }

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte WORD = 2;
    /** What {@link #count} needs of an ASCII char, looked up rather than worked out per char. */
    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean whitespace = c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
            ASCII_KINDS[c] = whitespace ? SPACE : isWordChar(c) ? WORD : OTHER;
        }
    }

    private static boolean isUnspacedScript(char c) {
        // CJK unified ideographs, hiragana, katakana
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    /** Minutes a reader needs at 230 words a minute, at least one. */
    public static int readingTimeMinutes(int words) {
        return Math.max(1, (words + 229) / 230);
    }

    /** Number of letters, up to {@code limit}: enough to tell whether a text can be judged at all. */
    public static int countLetters(CharSequence text, int limit) {
        int letters = 0;
        for (int i = 0, n = text.length(); i < n && letters < limit; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
