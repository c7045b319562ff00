package dev.newsflow.enrichment.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one line of prose into sentences with a single forward scan (no regular expressions, so
 * no backtracking however odd the input). Knows titles ("Mr.", "Dr."), initials, dotted
 * abbreviations ("U.S."), decimals and closing quotes; a run without any boundary is cut at a
 * space after {@value #MAX_SENTENCE_CHARS} characters so no "sentence" grows without bound.
 */
public final class SentenceSplitter {

    public static final int MAX_SENTENCE_CHARS = 1000;

    /** Never end a sentence: they precede a name. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "st", "mt", "ft", "rev", "hon", "pres", "det", "insp", "supt", "approx", "vs", "v", "cf", "al");

    /** Do not end a sentence before a number ("No. 5", "Sept. 13"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "vol", "fig", "pp", "art", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** End a sentence only when a typical sentence opener follows ("in the U.S. The ..."). */
    private static final Set<String> AMBIGUOUS = Set.of(
            "inc", "ltd", "corp", "co", "jr", "sr", "etc", "bros", "plc", "llc", "a.m", "p.m", "u.s", "u.k", "u.n",
            "e.u", "d.c", "u.s.a", "e.g", "i.e");

    /**
     * Words after a day or rank written as a number with a dot, in German ("am 3. Oktober", "der
     * 2. Weltkrieg", "der 1. FC Köln"): the dot is the ordinal's, not a sentence's end.
     */
    private static final Set<String> AFTER_ORDINALS = Set.of("januar", "jänner", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember", "fc", "liga", "bundesliga",
            "weltkrieg", "jahrhundert", "jahrhunderts", "mal", "platz", "klasse", "runde", "spieltag", "stock", "etage");

    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
            "that", "these", "those", "there", "his", "her", "its", "their", "our", "as", "after", "when", "while",
            "if", "however", "meanwhile", "so", "for", "one", "some", "many", "yes", "no", "what", "why", "how",
            "officials", "police", "last", "earlier", "later", "according");

    private SentenceSplitter() {
    }

    /** The sentences of one line (no line breaks expected), each trimmed, none empty. */
    public static List<String> split(String line) {
        List<String> sentences = new ArrayList<>();
        int n = line.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (i - start >= MAX_SENTENCE_CHARS) {
                int cut = lastSpace(line, start, i);
                add(sentences, line, start, cut);
                start = cut;
                continue;
            }
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isTerminal(line.charAt(j))) {
                j++;
            }
            while (j < n && isCloser(line.charAt(j))) {
                j++;
            }
            if (isBoundary(line, start, i, j, c)) {
                add(sentences, line, start, j);
                start = j;
            }
            i = j;
        }
        add(sentences, line, start, n);
        return sentences;
    }

    private static boolean isBoundary(String line, int start, int terminalAt, int after, char terminal) {
        int n = line.length();
        if (after >= n) {
            return true;
        }
        if (isFullWidthTerminal(terminal)) {
            return true;
        }
        if (!Character.isWhitespace(line.charAt(after))) {
            return false;
        }
        int k = after;
        while (k < n && (Character.isWhitespace(line.charAt(k)) || isOpener(line.charAt(k)))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = line.charAt(k);
        if (Character.isLowerCase(next)) {
            return false;
        }
        boolean singleDot = terminal == '.' && (terminalAt + 1 >= n || line.charAt(terminalAt + 1) != '.');
        boolean quoteClosed = after > terminalAt + 1;
        if (!singleDot || quoteClosed || terminalAt - 1 < start) {
            return true;
        }
        String word = wordBefore(line, start, terminalAt);
        if (word.isEmpty()) {
            return !isOrdinal(line, start, terminalAt) || !AFTER_ORDINALS.contains(nextWord(line, k).toLowerCase(Locale.ROOT));
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) {
            return false;
        }
        if (BEFORE_NUMBERS.contains(lower) && Character.isDigit(next)) {
            return false;
        }
        if (AMBIGUOUS.contains(lower) || lower.indexOf('.') >= 0) {
            return OPENERS.contains(nextWord(line, k).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** One or two digits right before the dot, standing alone: "3." of "am 3. Oktober". */
    private static boolean isOrdinal(String line, int start, int dotAt) {
        int b = dotAt;
        while (b > start && Character.isDigit(line.charAt(b - 1))) {
            b--;
        }
        int digits = dotAt - b;
        return digits >= 1 && digits <= 2 && (b == start || Character.isWhitespace(line.charAt(b - 1)));
    }

    /** The token just before the terminal dot, dots inside it kept ("U.S" for "U.S."). */
    private static String wordBefore(String line, int start, int dotAt) {
        int b = dotAt;
        while (b > start && (Character.isLetter(line.charAt(b - 1)) || line.charAt(b - 1) == '.')) {
            b--;
        }
        return line.substring(b, dotAt);
    }

    private static String nextWord(String line, int from) {
        int e = from;
        while (e < line.length() && Character.isLetter(line.charAt(e)) && e - from < 20) {
            e++;
        }
        return line.substring(from, e);
    }

    private static int lastSpace(String line, int start, int end) {
        for (int k = end; k > start + MAX_SENTENCE_CHARS / 2; k--) {
            if (Character.isWhitespace(line.charAt(k))) {
                return k;
            }
        }
        return end;
    }

    private static void add(List<String> sentences, String line, int from, int to) {
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(line.substring(from, to));
        }
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '।' || isFullWidthTerminal(c);
    }

    private static boolean isFullWidthTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '．' || c == '｡';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '*'
                || c == '」' || c == '』' || c == '）' || c == '】' || c == '“';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[' || c == '-'
                || c == '–' || c == '—';
    }
}
