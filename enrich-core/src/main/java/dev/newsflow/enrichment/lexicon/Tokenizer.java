package dev.newsflow.enrichment.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A single left-to-right pass that splits text into words, numbers, possessive clitics and
 * punctuation. No regular expressions, so its cost is linear in the input whatever the input is;
 * ASCII takes a table-driven fast path.
 */
public final class Tokenizer {

    private static final Lexicon ENGLISH = Lexicon.of("en");
    /** Flags that the chars alone decide, whatever the language. */
    private static final int SHAPE_FLAGS = Token.CAPITALIZED | Token.ALL_CAPS;

    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte OTHER = 4;
    private static final byte[] ASCII = new byte[128];
    private static final String[] ASCII_STRINGS = new String[128];

    /**
     * What a word's chars alone decide, memoised: news text repeats a small vocabulary, and the
     * strings, their cached hash codes and the word-list flags are reused instead of recomputed for
     * every occurrence. A fixed-size table overwritten on collision, so memory stays bounded however
     * many distinct words a stream brings; entries are immutable, so racing threads at worst
     * recompute one.
     */
    private static final int WORD_CACHE_SIZE = 1 << 15;
    private static final Word[] WORD_CACHE = new Word[WORD_CACHE_SIZE];

    /**
     * @param raw    the chars as written (before apostrophes are normalised), the cache key
     * @param length {@code raw}'s length
     * @param head   {@code raw}'s first four chars, packed ({@link #pack})
     * @param tail   its next four chars, packed: words of up to eight chars (most of them) are
     *               then matched without reading {@code raw}, which costs a cache miss per token
     */
    private record Word(String raw, int length, long head, long tail, String text, String lower, Token.Kind kind,
                        int flags) {

        boolean matches(String s, int start, int end, long head, long tail) {
            int n = end - start;
            return length == n && this.head == head && this.tail == tail
                    && (n <= 8 || s.regionMatches(start + 8, raw, 8, n - 8));
        }
    }

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Character.isWhitespace(c) || c == 0 ? SPACE
                    : Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
            ASCII_STRINGS[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    /** Tokenises English text. */
    public static List<Token> tokenize(String s) {
        return tokenize(s, 0, s.length());
    }

    /** Tokenises {@code s[from, to)} as English; offsets in the tokens refer to {@code s}. */
    public static List<Token> tokenize(String s, int from, int to) {
        return tokenize(s, from, to, ENGLISH);
    }

    /** Tokenises text in the language of {@code lexicon}, whose lists set the tokens' flags. */
    public static List<Token> tokenize(String s, Lexicon lexicon) {
        return tokenize(s, 0, s.length(), lexicon);
    }

    /**
     * Tokenises {@code s[from, to)}; offsets in the tokens refer to {@code s}. The word-list flags
     * ({@link Token#STOP} ...) come from {@code lexicon}, and in languages that elide ("l'État",
     * "dell'Unione") the elided word is a token of its own.
     */
    public static List<Token> tokenize(String s, int from, int to, Lexicon lexicon) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        boolean hyphenPending = false;
        while (i < to) {
            char c = s.charAt(i);
            byte cls = classOf(c);
            if (cls == SPACE) {
                hyphenPending = false;
                i++;
                continue;
            }
            if (cls == LETTER || cls == DIGIT) {
                int end = cls == LETTER ? acronymEnd(s, i, to) : -1;
                if (end < 0) {
                    end = wordEnd(s, i, to);
                }
                if (lexicon != ENGLISH && cls == LETTER) {
                    int elided = elisionEnd(s, i, end, lexicon);
                    if (elided > 0) {
                        out.add(word(s, i, elided, hyphenPending, lexicon));
                        hyphenPending = false;
                        i = elided;
                        continue;
                    }
                }
                out.add(word(s, i, end, hyphenPending, lexicon));
                hyphenPending = false;
                i = end;
                if (i + 1 < to && isApostrophe(s.charAt(i)) && isS(s.charAt(i + 1))
                        && (i + 2 >= to || !isWordChar(s.charAt(i + 2)))) {
                    out.add(new Token("'s", "'s", i, i + 2, Token.Kind.CLITIC, Token.STOP | Token.COMMON));
                    i += 2;
                } else if (i + 1 < to && isHyphen(s.charAt(i)) && isWordChar(s.charAt(i + 1))) {
                    hyphenPending = true;
                    i++;
                }
                continue;
            }
            hyphenPending = false;
            String p = c < 128 ? ASCII_STRINGS[c] : c == '’' || c == 'ʼ' ? "'" : String.valueOf(c);
            out.add(new Token(p, p, i, i + 1, Token.Kind.PUNCT, 0));
            i++;
        }
        return out;
    }

    private static byte classOf(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        return isWordChar(c) ? LETTER : OTHER;
    }

    /** Dotted acronyms such as "U.S." or "U.N.": single letters each followed by a dot. */
    private static int acronymEnd(String s, int i, int to) {
        if (i + 2 >= to || s.charAt(i + 1) != '.') {
            return -1;
        }
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.'
                && (j + 2 >= to || !Character.isLetter(s.charAt(j + 2)) || (j + 3 < to && s.charAt(j + 3) == '.'))) {
            letters++;
            j += 2;
            if (j < to && !Character.isLetter(s.charAt(j))) {
                break;
            }
        }
        return letters >= 2 ? j : -1;
    }

    private static int wordEnd(String s, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = s.charAt(j);
            byte cls = classOf(c);
            if (cls == LETTER || cls == DIGIT) {
                j++;
            } else if (isApostrophe(c) && j + 1 < to && Character.isLetter(s.charAt(j + 1))
                    && !(isS(s.charAt(j + 1)) && (j + 2 >= to || !isWordChar(s.charAt(j + 2))))) {
                j += 2; // O'Brien, don't, we're: the apostrophe belongs to the word
            } else if ((c == '.' || c == ',') && j + 1 < to && Character.isDigit(s.charAt(j - 1))
                    && Character.isDigit(s.charAt(j + 1))) {
                j += 2; // 1,000 and 3.5 stay one number
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The end of an elided word at the start of {@code s[start, end)} ("l'" of "l'État", "dell'"
     * of "dell'Unione"), or -1 when the word does not start with one.
     */
    private static int elisionEnd(String s, int start, int end, Lexicon lexicon) {
        int limit = Math.min(end - 1, start + 8);
        for (int k = start + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (isApostrophe(c)) {
                String prefix = s.substring(start, k).toLowerCase(Locale.ROOT) + "'";
                return lexicon.isElision(prefix) ? k + 1 : -1;
            }
            if (!Character.isLetter(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static Token word(String s, int start, int end, boolean hyphenBefore, Lexicon lexicon) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + s.charAt(k);
        }
        long head = pack(s, start, Math.min(end, start + 4));
        long tail = pack(s, Math.min(end, start + 4), Math.min(end, start + 8));
        int slot = (hash ^ (hash >>> 15)) & (WORD_CACHE_SIZE - 1);
        Word cached = WORD_CACHE[slot];
        Word word = cached != null && cached.matches(s, start, end, head, tail) ? cached : null;
        if (word == null) {
            word = analyse(s, start, end, head, tail);
            WORD_CACHE[slot] = word;
        }
        int flags = word.flags;
        if (lexicon != ENGLISH) {
            // the cache holds the English flags: swap the word-list ones for the language's own
            flags = (flags & SHAPE_FLAGS) | (word.kind == Token.Kind.WORD ? lexicon.flagsOf(word.lower) : 0);
        }
        if (hyphenBefore) {
            flags |= Token.HYPHEN_BEFORE;
        }
        return new Token(word.text, word.lower, start, end, word.kind, flags);
    }

    /** Up to four chars in one long, 16 bits each (words of equal length compare equal exactly when their chars do). */
    private static long pack(String s, int from, int to) {
        long packed = 0;
        for (int k = from; k < to; k++) {
            packed = packed << 16 | s.charAt(k);
        }
        return packed;
    }

    private static Word analyse(String s, int start, int end, long head, long tail) {
        boolean hasLower = false;
        boolean hasUpper = false;
        boolean hasApostrophe = false;
        boolean ascii = true;
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c < 128) {
                if (c >= 'a' && c <= 'z') {
                    hasLower = true;
                    letters++;
                } else if (c >= 'A' && c <= 'Z') {
                    hasUpper = true;
                    letters++;
                }
                continue;
            }
            ascii = false;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    hasUpper = true;
                } else if (Character.isLowerCase(c)) {
                    hasLower = true;
                }
            } else if (c == '’' || c == 'ʼ') {
                hasApostrophe = true;
            }
        }
        String raw = s.substring(start, end);
        String text = raw;
        if (hasApostrophe) {
            text = text.replace('’', '\'').replace('ʼ', '\'');
        }
        char first = text.charAt(0);
        Token.Kind kind = Character.isDigit(first) ? Token.Kind.NUMBER : Token.Kind.WORD;
        int flags = 0;
        if (first >= 'A' && first <= 'Z' || first >= 128 && (Character.isUpperCase(first) || Character.isTitleCase(first))) {
            flags |= Token.CAPITALIZED;
        }
        if (letters >= 2 && hasUpper && !hasLower) {
            flags |= Token.ALL_CAPS;
        }
        String lower = !hasUpper ? text : ascii ? asciiLower(text) : text.toLowerCase(Locale.ROOT);
        if (kind == Token.Kind.WORD) {
            flags |= WordLists.flagsOf(lower);
        }
        return new Word(raw, raw.length(), head, tail, text, lower, kind, flags);
    }

    private static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            char c = chars[k];
            if (c >= 'A' && c <= 'Z') {
                chars[k] = (char) (c + 32);
            }
        }
        return new String(chars);
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            byte cls = ASCII[c];
            return cls == LETTER || cls == DIGIT;
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.SURROGATE;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isS(char c) {
        return c == 's' || c == 'S';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
