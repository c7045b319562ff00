package dev.newsflow.enrichment.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English word lists that ship with the analysers, loaded once per JVM.
 * <ul>
 * <li>stop words: function words that never carry meaning on their own;</li>
 * <li>generic words: content words too vague to be a keyword ("said", "people", "year");</li>
 * <li>common words: ordinary vocabulary, the cheap stand-in for an IDF table and the test for
 * "this capitalised word only starts a sentence, it is not a name";</li>
 * <li>person titles: words that introduce a name ("President", "leader", "spokesman").</li>
 * </ul>
 */
public final class WordLists {

    private static final Set<String> STOP = load(WordLists.class, "stopwords.txt");
    private static final Set<String> GENERIC = load(WordLists.class, "generic-words.txt");
    private static final Set<String> COMMON = load(WordLists.class, "common-words.txt");
    private static final Set<String> TITLES = load(WordLists.class, "person-titles.txt");
    private static final Set<String> ANY_COMMON = union(STOP, GENERIC, COMMON);
    private static final Map<String, Integer> FLAGS = flags();
    /** The common words with an "s" added: the plural test without cutting a string per lookup. */
    private static final Set<String> COMMON_PLURALS = plurals(COMMON);

    private WordLists() {
    }

    public static boolean isStopWord(String lower) {
        return STOP.contains(lower);
    }

    public static boolean isGeneric(String lower) {
        return GENERIC.contains(lower);
    }

    /** A title or role that introduces a person's name: "President", "leader", "spokesman", "Mr". */
    public static boolean isPersonTitle(String lower) {
        return TITLES.contains(lower);
    }

    /** Stop, generic or common: a word whose capital letter alone says nothing. */
    public static boolean isCommon(String lower) {
        if (ANY_COMMON.contains(lower)) {
            return true;
        }
        int n = lower.length();
        return n > 3 && lower.charAt(n - 1) == 's' && COMMON_PLURALS.contains(lower);
    }

    /**
     * {@link #isCommon(String)} of a word token's {@code lower}, from its flags where they say it:
     * {@link Token#COMMON} is set for exactly the common words except person titles that are the
     * plural of a common word ("leaders"), which need the look-up.
     */
    public static boolean isCommon(Token word) {
        return word.isCommon() || (word.isPersonTitle() && isCommon(word.lower()));
    }

    private static Set<String> plurals(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w + "s");
        }
        return Collections.unmodifiableSet(out);
    }

    /** The {@link Token} flags of a lower-case word: which of the lists it is on. */
    static int flagsOf(String lower) {
        Integer f = FLAGS.get(lower);
        if (f != null) {
            return f;
        }
        return isCommon(lower) ? Token.COMMON : 0;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new HashMap<>();
        for (String w : ANY_COMMON) {
            flags.merge(w, Token.COMMON, (a, b) -> a | b);
        }
        for (String w : STOP) {
            flags.merge(w, Token.STOP, (a, b) -> a | b);
        }
        for (String w : GENERIC) {
            flags.merge(w, Token.GENERIC, (a, b) -> a | b);
        }
        for (String w : TITLES) {
            flags.merge(w, Token.TITLE, (a, b) -> a | b);
        }
        return Map.copyOf(flags);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Collections.unmodifiableSet(all);
    }

    /** Lines of a UTF-8 resource next to {@code owner}, trimmed, without blanks and {@code #} comments. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A lower-cased word set from a resource with whitespace- or comma-separated words. */
    public static Set<String> load(Class<?> owner, String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(owner, resource)) {
            for (String w : line.split("[\\s,]+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
                }
            }
        }
        return Collections.unmodifiableSet(words);
    }
}
