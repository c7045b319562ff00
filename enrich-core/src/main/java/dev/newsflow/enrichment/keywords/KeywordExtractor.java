package dev.newsflow.enrichment.keywords;

import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Lexicon;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Up to ten key phrases of an article, best first. In the manner of RAKE, candidates are the runs
 * of content words between stop words, punctuation and changes of capitalisation (so "North Korean
 * leader Kim Jong Un" yields "North Korean", "Kim Jong Un"), at most four words long. A phrase scores
 * by how often and how early it occurs, how long it is, and how rare and frequent its words are:
 * words of the common-word list weigh about a third of the others (the stand-in for an IDF table),
 * and words of the title weigh more. A phrase inside or around a better one is not repeated, except
 * that a full name replaces its shorter form ("Vladimir Putin" for "Putin"). Numbers are never keywords.
 * <p>
 * The stop words, vague words and plural folding are those of the text's language, for the
 * languages of {@link Lexicon#ANALYSED}. In German, where every noun has a capital, capitals do not
 * mark names; in French, Spanish, Portuguese and Italian a name runs on over "de", "da", "del"
 * ("Banco de España"). Text in any other language, or whose language is undetermined, gets no
 * keywords: English rules would make them up from its function words.
 * <p>
 * Thread-safe: all state is per call.
 */
public final class KeywordExtractor {

    static final int MAX_KEYWORDS = 10;
    private static final int MAX_PHRASE_WORDS = 4;
    private static final int MAX_NAME_WORDS = 6;
    /** Lower-case words that join the parts of a name in the Romance languages ("Banco de España"). */
    private static final Map<String, Set<String>> NAME_JOINERS = Map.of(
            "fr", Set.of("de", "du", "des", "d'", "la", "l'"),
            "es", Set.of("de", "del", "la", "los", "las"),
            "pt", Set.of("de", "do", "da", "dos", "das"),
            "it", Set.of("di", "del", "della", "dei", "degli", "delle", "dell'", "d'"));

    /** What the rules need to know of the text's language. */
    private record Language(Lexicon lexicon, boolean english, boolean capitalsMarkNames, Set<String> joiners) {

        static Language of(Lexicon lexicon) {
            String code = lexicon.language();
            return new Language(lexicon, lexicon.isEnglish(), !code.equals("de"),
                    NAME_JOINERS.getOrDefault(code, Set.of()));
        }
    }

    /** What scoring needs of one (stemmed) word, looked up in the word lists once per article. */
    private static final class WordStats {
        final boolean common;
        int count;

        WordStats(boolean common) {
            this.common = common;
        }
    }

    private static final class Phrase {
        final String key;
        final List<String> words;
        /** Per word, its stats; null for a stop word (the "of" in a name), which does not score. */
        final WordStats[] stats;
        final int firstSeen;
        final Map<String, Integer> surfaces = new HashMap<>(2);
        /** Spellings at a sentence start, whose capital may be the sentence's: used only when there are no others. */
        final Map<String, Integer> initialSurfaces = new HashMap<>(2);
        double weight;
        double score;
        boolean proper;
        boolean onlyInitial = true;

        Phrase(String key, List<String> words, WordStats[] stats, int firstSeen) {
            this.key = key;
            this.words = words;
            this.stats = stats;
            this.firstSeen = firstSeen;
        }
    }

    public KeywordExtractor() {
    }

    public List<String> extract(TextAnalysis text) {
        if (!Lexicon.isAnalysed(text.language())) {
            return List.of();
        }
        TokenizedText tokenized = TokenizedText.of(text);
        Language language = Language.of(tokenized.lexicon());
        // sized for an article's few hundred phrases so they rarely grow; the capacity changes no
        // result: the phrases iterate in insertion order and the stats are only looked up
        Map<String, Phrase> phrases = new LinkedHashMap<>(512);
        Map<String, WordStats> wordStats = new HashMap<>(512);
        List<List<Token>> sentences = tokenized.tokens();
        for (int i = 0; i < sentences.size(); i++) {
            if (tokenized.headline().get(i)) {
                continue; // a headline run into the body: its capitals mean nothing, the title counts anyway
            }
            double position = 1.0 + 1.0 / (i + 1);
            collect(tokenized.sentences().get(i), sentences.get(i), position, phrases, wordStats, language);
        }
        if (phrases.isEmpty()) {
            return List.of();
        }
        Map<String, Boolean> titleWords = new HashMap<>();
        for (Token t : tokenized.titleTokens()) {
            if (t.isWord()) {
                titleWords.put(stem(t.lower(), language), Boolean.TRUE);
            }
        }
        List<Phrase> ranked = new ArrayList<>(phrases.values());
        for (Phrase p : ranked) {
            p.score = score(p, titleWords, language);
        }
        ranked.sort(Comparator.comparingDouble((Phrase p) -> -p.score).thenComparingInt(p -> p.firstSeen));
        return select(ranked, language);
    }

    private static double score(Phrase p, Map<String, Boolean> titleWords, Language language) {
        double sum = 0;
        int content = 0;
        for (int k = 0; k < p.stats.length; k++) {
            WordStats stats = p.stats[k];
            if (stats == null) {
                continue; // the "of" in a name
            }
            content++;
            double g = stats.common ? 0.35 : 1.0;
            g *= 1.0 + Math.log(stats.count);
            if (titleWords.containsKey(p.words.get(k))) {
                g *= 1.5;
            }
            sum += g;
        }
        double s = p.weight * (sum / content) * (1.0 + 0.3 * (Math.min(content, MAX_PHRASE_WORDS) - 1));
        if (p.proper) {
            return s * 1.2;
        }
        if (p.words.size() == 1 && (isVerbOrAdverb(p.key, language) || language.english() && p.key.endsWith("ing"))) {
            return s * 0.3; // a lone verb or adverb ("recognized") says little about the story
        }
        return s;
    }

    private static List<String> select(List<Phrase> ranked, Language language) {
        List<Phrase> chosen = new ArrayList<>();
        for (Phrase p : ranked) {
            if (chosen.size() == MAX_KEYWORDS) {
                break;
            }
            int overlapping = -1;
            for (int k = 0; k < chosen.size(); k++) {
                Phrase c = chosen.get(k);
                if (contains(c.words, p.words) || contains(p.words, c.words)) {
                    overlapping = k;
                    break;
                }
            }
            if (overlapping < 0) {
                chosen.add(p);
            } else {
                Phrase c = chosen.get(overlapping);
                if (p.proper && c.proper && p.words.size() > c.words.size() && contains(p.words, c.words)
                        && occurrences(p) >= 2) {
                    chosen.set(overlapping, p); // the full name instead of its short form
                }
            }
        }
        List<String> out = new ArrayList<>(chosen.size());
        for (Phrase p : chosen) {
            out.add(surface(p, language));
        }
        return List.copyOf(out);
    }

    private static int occurrences(Phrase p) {
        int n = 0;
        for (int c : p.surfaces.values()) {
            n += c;
        }
        for (int c : p.initialSurfaces.values()) {
            n += c;
        }
        return n;
    }

    /** Is {@code part} a contiguous run of {@code whole}? */
    private static boolean contains(List<String> whole, List<String> part) {
        int n = whole.size();
        int m = part.size();
        outer:
        for (int i = 0; i + m <= n; i++) {
            for (int k = 0; k < m; k++) {
                if (!whole.get(i + k).equals(part.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String surface(Phrase p, Language language) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : (p.onlyInitial ? p.initialSurfaces : p.surfaces).entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (p.onlyInitial && isCommon(p.words.get(0), language) && !best.isEmpty()) {
            best = Character.toLowerCase(best.charAt(0)) + best.substring(1);
        }
        return best;
    }

    private static boolean isCommon(String word, Language language) {
        return language.english() ? WordLists.isCommon(word) : language.lexicon().isCommon(word);
    }

    private static void collect(String sentence, List<Token> tokens, double position,
                                Map<String, Phrase> phrases, Map<String, WordStats> wordStats, Language language) {
        int start = -1;
        boolean proper = false;
        int n = tokens.size();
        for (int i = 0; i <= n; i++) {
            Token t = i < n ? tokens.get(i) : null;
            if (start >= 0 && proper && t != null && joinsName(tokens, i, language)) {
                continue; // "Democratic People's Republic of Korea" is one phrase
            }
            boolean content = t != null && !titleBeforeName(tokens, i) && !(start >= 0 && !proper && isPastTense(t))
                    && (isContent(t) || (start >= 0 && proper && continuesName(t)));
            boolean capital = content && t.isCapitalized() && language.capitalsMarkNames()
                    && !(i == 0 && (t.isCommon() || !language.english()) && !(n > 1 && tokens.get(1).isCapitalized()));
            int limit = proper ? MAX_NAME_WORDS : MAX_PHRASE_WORDS;
            if (start >= 0 && (!content || capital != proper || i - start == limit)) {
                int end = i;
                while (end > start && !isContent(tokens.get(end - 1)) && !continuesName(tokens.get(end - 1))) {
                    end--;
                }
                while (!proper && end - start > 1 && isVerbOrAdverb(tokens.get(end - 1).lower(), language)) {
                    end--; // "penalty spot shortly" is "penalty spot"
                }
                add(sentence, tokens, start, end, proper, position, phrases, wordStats, language);
                start = -1;
            }
            if (content && start < 0) {
                start = i;
                proper = capital;
            }
        }
    }

    /** "President" in "President Vladimir Putin" is no keyword and splits the name off; in "Premier League" it is a word. */
    private static boolean titleBeforeName(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isPersonTitle()) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return next.isCapitalized() && !next.isCommon() || next.isPersonTitle();
    }

    /** "raised" in "central bank raised interest rates" ends a phrase: an ordinary word in -ed is mostly a verb. */
    private static boolean isPastTense(Token t) {
        String w = t.lower();
        return w.length() > 4 && w.endsWith("ed") && t.isCommon();
    }

    private static boolean isVerbOrAdverb(String w, Language language) {
        if (w.length() <= 4) {
            return false;
        }
        return switch (language.lexicon().language()) {
            case "en" -> w.endsWith("ly") || w.endsWith("ed");
            case "fr" -> w.length() > 6 && w.endsWith("ment") && !w.endsWith("gouvernement");
            case "es", "pt", "it" -> w.length() > 7 && w.endsWith("mente");
            default -> false;
        };
    }

    /** A capitalised word too vague to start a keyword still belongs to a name ("Democratic People's ..."). */
    private static boolean continuesName(Token t) {
        return t.isCapitalized() && t.text().length() > 1 && !t.isStopWord();
    }

    /** A possessive 's, "of" or "the" between capitalised words inside a name. */
    private static boolean joinsName(List<Token> tokens, int i, Language language) {
        Token t = tokens.get(i);
        if (!language.english()) {
            // "Banco de España", "Lula da Silva", "Banca d'Italia": no list tells a common word here
            // from a name, and in these languages the joined run is a name far more often than not
            if (!t.isWord() || t.isCapitalized() || !language.joiners().contains(t.lower())) {
                return false;
            }
            int k = i + 1;
            if (k < tokens.size() && language.joiners().contains(tokens.get(k).lower()) && !tokens.get(k).isCapitalized()) {
                k++; // "de la", "de l'"
            }
            return k < tokens.size() && tokens.get(k).isCapitalized() && isContent(tokens.get(k));
        }
        boolean joiner = t.kind() == Token.Kind.CLITIC || (t.isWord() && !t.isCapitalized()
                && (t.lower().equals("of") || t.lower().equals("the")));
        if (!joiner) {
            return false;
        }
        if (t.kind() != Token.Kind.CLITIC && (i == 0 || !tokens.get(i - 1).isCommon())) {
            return false; // "Republic of Korea", "Bank of England", but not "Friedrich Merz of the CDU"
        }
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isCapitalized() && isContent(tokens.get(k));
    }

    private static boolean isContent(Token t) {
        if (!t.isWord() || t.text().length() < 2) {
            return false;
        }
        return !t.isStopWord() && !t.isGeneric() && hasLetter(t.lower());
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void add(String sentence, List<Token> tokens, int from, int to, boolean proper, double position,
                            Map<String, Phrase> phrases, Map<String, WordStats> wordStats, Language language) {
        List<String> words = new ArrayList<>(to - from);
        WordStats[] stats = new WordStats[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = stem(t.lower(), language);
            words.add(w);
            if (language.english() ? !WordLists.isStopWord(w) : !t.isStopWord()) {
                WordStats counted = wordStats.get(w);
                if (counted == null) {
                    // when stem() left the word as it is, its token's flags already say whether it is common
                    boolean unstemmed = w.length() == t.lower().length();
                    counted = new WordStats(!language.english() ? t.isCommon()
                            : t.isWord() && unstemmed ? WordLists.isCommon(t) : WordLists.isCommon(w));
                    wordStats.put(w, counted);
                }
                counted.count++;
                stats[i - from] = counted;
            }
        }
        String key = String.join(" ", words);
        Phrase p = phrases.get(key);
        if (p == null) {
            p = new Phrase(key, List.copyOf(words), stats, phrases.size());
            phrases.put(key, p);
        }
        p.weight += position;
        p.proper |= proper;
        String surface = normalize(sentence, tokens.get(from).start(), tokens.get(to - 1).end());
        (from > 0 ? p.surfaces : p.initialSurfaces).merge(surface, 1, Integer::sum);
        if (from > 0) {
            p.onlyInitial = false;
        }
    }

    private static String normalize(String s, int from, int to) {
        if (isNormal(s, from, to)) {
            return s.substring(from, to); // the common case: nothing to rewrite, so no char-by-char copy
        }
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c == '’' ? '\'' : c);
            }
        }
        return sb.toString();
    }

    /** Would {@link #normalize} leave the text as it is: no typographic apostrophe, no white space but single spaces? */
    private static boolean isNormal(String s, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                space = false;
            } else if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c == '’' || Character.isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /**
     * Folds plain plurals (and German genitives) onto one form, so "question" and "questions",
     * "député" and "députés", "governo" and "governi" are one phrase. The result is a key, not a
     * word: the keyword is spelt as the article spells it.
     */
    static String stem(String w, Language language) {
        int n = w.length();
        switch (language.lexicon().language()) {
            case "en":
                return stem(w);
            case "de":
                if (n > 6 && (w.endsWith("ungen") || w.endsWith("heiten") || w.endsWith("keiten"))) {
                    return w.substring(0, n - 2);
                }
                return n > 5 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                        ? w.substring(0, n - 1) : w;
            case "fr":
                return n > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss") ? w.substring(0, n - 1) : w;
            case "es":
                if (n > 5 && w.endsWith("es") && "dlnrjz".indexOf(w.charAt(n - 3)) >= 0) {
                    return w.substring(0, n - 2);
                }
                return n > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, n - 1) : w;
            case "pt":
                if (n > 4 && (w.endsWith("ões") || w.endsWith("ães"))) {
                    return w.substring(0, n - 3) + "ão";
                }
                return n > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, n - 1) : w;
            case "it":
                return n > 4 && "aeio".indexOf(w.charAt(n - 1)) >= 0 ? w.substring(0, n - 1) : w;
            default:
                return w;
        }
    }

    /** Folds a plain English plural onto its singular so "question" and "questions" are one phrase. */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
