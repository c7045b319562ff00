package dev.newsflow.enrichment.lexicon;

/**
 * One token of a text. {@code text} keeps the original spelling except that typographic
 * apostrophes become {@code '}, so "People’s" and "People's" compare equal.
 *
 * @param text   the token as written (apostrophes normalised)
 * @param lower  {@code text} in lower case (the same instance when it has no upper case)
 * @param start  offset of the first char in the tokenised string
 * @param end    offset after the last char
 * @param kind   what sort of token it is
 * @param flags  bit set of {@link #CAPITALIZED}, {@link #ALL_CAPS}, {@link #HYPHEN_BEFORE} and the word-list
 *               memberships ({@link #STOP} ...), looked up once here rather than by every analyser
 */
public record Token(String text, String lower, int start, int end, Kind kind, int flags) {

    /** First char is upper or title case. */
    public static final int CAPITALIZED = 1;
    /** At least two letters and none in lower case: an acronym or shouting. */
    public static final int ALL_CAPS = 2;
    /** Joined to the previous token by a hyphen, as in "Korea-Russia" or "Jong-un". */
    public static final int HYPHEN_BEFORE = 4;
    /** A stop word ({@link WordLists#isStopWord}). */
    public static final int STOP = 8;
    /** A generic word ({@link WordLists#isGeneric}). */
    public static final int GENERIC = 16;
    /** A common word ({@link WordLists#isCommon}). */
    public static final int COMMON = 32;
    /** A person title ({@link WordLists#isPersonTitle}). */
    public static final int TITLE = 64;

    public enum Kind {
        /** Starts with a letter. */
        WORD,
        /** Starts with a digit. */
        NUMBER,
        /** The possessive {@code 's}, split off its word so "Russia's" still matches "Russia". */
        CLITIC,
        /** Any other single char that is not white space. */
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && (flags & CAPITALIZED) != 0;
    }

    public boolean isAllCaps() {
        return kind == Kind.WORD && (flags & ALL_CAPS) != 0;
    }

    public boolean hyphenBefore() {
        return (flags & HYPHEN_BEFORE) != 0;
    }

    public boolean isStopWord() {
        return (flags & STOP) != 0;
    }

    public boolean isGeneric() {
        return (flags & GENERIC) != 0;
    }

    public boolean isCommon() {
        return (flags & COMMON) != 0;
    }

    public boolean isPersonTitle() {
        return (flags & TITLE) != 0;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }
}
