package dev.newsflow.enrichment.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of one language, as the analysers ask them: "is this a stop word in language L",
 * "is it too vague to be a keyword", "does it introduce a person's name". English is
 * {@link WordLists}; for German, French, Spanish, Portuguese and Italian there are stop words,
 * vague words and person titles; for a dozen more languages stop words only (the provenance and
 * licence of every list: {@code README.md} beside the resources). Every list is loaded once per
 * JVM, on first use. Thread-safe and immutable.
 */
public final class Lexicon {

    /** Languages whose keywords, summary and quotations the analysers work out. */
    public static final Set<String> ANALYSED = Set.of("en", "de", "fr", "es", "pt", "it");

    /** Languages with a stop word list beyond the analysed ones. */
    static final Set<String> STOP_WORDS_ONLY = Set.of("nl", "sv", "da", "no", "fi", "ru", "hu", "id", "ro", "tr", "cs",
            "ca", "bg");

    /** A language without word lists: nothing is a stop word, a vague word or a title. */
    public static final Lexicon NONE = new Lexicon("und", Set.of(), Set.of(), Set.of());

    private static final Map<String, Lexicon> BY_LANGUAGE = loadAll();

    private final String language;
    private final Set<String> stop;
    private final Set<String> generic;
    private final Set<String> titles;
    private final Map<String, Integer> flags;
    private final boolean english;

    private Lexicon(String language, Set<String> stop, Set<String> generic, Set<String> titles) {
        this.language = language;
        this.stop = stop;
        this.generic = generic;
        this.titles = titles;
        this.english = language.equals("en");
        Map<String, Integer> f = new HashMap<>();
        // the vague words and titles are ordinary vocabulary too: their capital says nothing
        for (String w : generic) {
            f.merge(w, Token.GENERIC | Token.COMMON, (a, b) -> a | b);
        }
        for (String w : titles) {
            f.merge(w, Token.TITLE | Token.COMMON, (a, b) -> a | b);
        }
        for (String w : stop) {
            f.merge(w, Token.STOP | Token.COMMON, (a, b) -> a | b);
        }
        this.flags = Map.copyOf(f);
    }

    /**
     * The lists of a language, by ISO 639-1 code in any case ({@code "pt-BR"} and {@code "nb"}
     * work too); {@link #NONE} for a language without lists, for {@code "und"} and for null.
     */
    public static Lexicon of(String language) {
        if (language == null) {
            return NONE;
        }
        Lexicon lexicon = BY_LANGUAGE.get(language);
        return lexicon != null ? lexicon : BY_LANGUAGE.getOrDefault(primary(language), NONE);
    }

    /** Are the keywords, summary and quotations of text in this language worked out? */
    public static boolean isAnalysed(String language) {
        return language != null && ANALYSED.contains(primary(language));
    }

    /** Languages that have a stop word list. */
    public static Set<String> languages() {
        return BY_LANGUAGE.keySet();
    }

    public String language() {
        return language;
    }

    public boolean isEnglish() {
        return english;
    }

    /** A function word of the language (lower case, straight apostrophes). */
    public boolean isStopWord(String lower) {
        return english ? WordLists.isStopWord(lower) : stop.contains(lower);
    }

    /** A content word too vague to be a keyword ("said", "sagte", "année"). */
    public boolean isGeneric(String lower) {
        return english ? WordLists.isGeneric(lower) : generic.contains(lower);
    }

    /** A word that introduces a person's name ("President", "Bundeskanzlerin", "ministre"). */
    public boolean isPersonTitle(String lower) {
        return english ? WordLists.isPersonTitle(lower) : titles.contains(lower);
    }

    /**
     * A word whose capital letter alone says nothing: for English {@link WordLists#isCommon}; for
     * the other languages, which have no list of ordinary vocabulary, a stop word, vague word or title.
     */
    public boolean isCommon(String lower) {
        return english ? WordLists.isCommon(lower) : flags.containsKey(lower);
    }

    /**
     * An elided article, pronoun or preposition written joined to the next word ("l'", "qu'",
     * "dell'"): the tokenizer splits it off so that "l'État" is "l'" and "État".
     */
    public boolean isElision(String lowerWithApostrophe) {
        return !english && stop.contains(lowerWithApostrophe);
    }

    /** The {@link Token} flags of a lower-case word in this language. */
    int flagsOf(String lower) {
        if (english) {
            return WordLists.flagsOf(lower);
        }
        Integer f = flags.get(lower);
        return f == null ? 0 : f;
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        int underscore = language.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        String code = (cut < 0 ? language : language.substring(0, cut)).toLowerCase(Locale.ROOT);
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    private static Map<String, Lexicon> loadAll() {
        Map<String, Lexicon> all = new HashMap<>();
        all.put("en", new Lexicon("en", Set.of(), Set.of(), Set.of()));
        for (String language : ANALYSED) {
            if (!language.equals("en")) {
                all.put(language, new Lexicon(language,
                        union(words("stopwords/" + language + ".txt"), words("stopwords/" + language + "-extra.txt")),
                        words("generic/" + language + ".txt"), words("titles/" + language + ".txt")));
            }
        }
        for (String language : STOP_WORDS_ONLY) {
            all.put(language, new Lexicon(language, words("stopwords/" + language + ".txt"), Set.of(), Set.of()));
        }
        return Map.copyOf(all);
    }

    private static Set<String> words(String resource) {
        return WordLists.load(Lexicon.class, resource);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }
}
