package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.Entity;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People, places and organisations named in an article, each once under its canonical form with
 * the number of times the article mentions it in any form, most mentioned first (then by name).
 * <p>
 * Names come from runs of capitalised words, cut against the gazetteers that ship with the project
 * (countries with aliases and demonyms, capitals and major cities, US states, regions, well-known
 * organisations) and typed by their words (organisation and place words, given names), by cues
 * around them (titles such as "President" or "leader", "said", "told") and by the longer names they
 * shorten. Sentence-initial capitals on ordinary words ("According", "Finally") are ignored with the
 * help of a common-word list and of the article's own lower-case words; headline-case lines (the
 * title, shouted lines) only count names established elsewhere, because there every word has a capital.
 * <p>
 * Decisions:
 * <ul>
 * <li>Demonyms count as mentions of their country ("Russian President" mentions Russia, and an
 * article about "North Korean missiles" names North Korea even without writing it); a demonym is
 * never a person.</li>
 * <li>Official long names and abbreviations are aliases of the usual name: "Democratic People's
 * Republic of Korea" and "DPRK" count for North Korea; a bare "Korea" counts for North or South
 * Korea when the article names exactly one of them.</li>
 * <li>Titles are cues, not part of a name: "President Vladimir Putin" is "Vladimir Putin".</li>
 * <li>No statistical model: OpenNLP's POS tagger costs about 7 ms on a 3 KB article, fourteen times
 * the whole per-article budget, and the word lists already settle the sentence-initial cases it
 * would be asked about, so it would not pay for itself even on the ambiguous sentences alone.</li>
 * <li>Demonyms alone name no place: "Russian troops" counts for Russia only when the article names
 * Russia (gold standards keep nationalities apart from places).</li>
 * <li>The large open-data lists (towns, companies, given names) type a run only when nothing else in
 * the run contradicts them ("Paris Hilton", "University of Florence"), and found names keep the
 * article's spelling; the curated lists give canonical names ("U.S." is United States).</li>
 * <li>Cues beyond capitals: wire datelines ("ROME 1996-12-06"), initials, titles of works in
 * quotes, company nouns and possessions ("search engine Mozilla", "Acme's shares"), acronyms that
 * are not everyday abbreviations, acronyms defined in brackets ("Korean Central News Agency (KCNA)" is
 * one organisation), and in sports reports a town before a score, a row of a results table and a
 * town that names a football club are teams.</li>
 * <li>Languages: English rules with French, Spanish, Portuguese, Italian and Dutch function words
 * and country names; German, where nouns are capitalised, types a run only by lists and cues;
 * any other language gets the curated gazetteer names only, nothing discovered.</li>
 * </ul>
 * Thread-safe: all state is per call; the gazetteers are immutable and shared.
 */
public final class EntityExtractor {

    /** More than this many entities in one article is noise for any reader. */
    static final int MAX_ENTITIES = 50;

    private final Gazetteer gaz = Gazetteer.INSTANCE;

    /**
     * Languages whose capitals mark names as English ones do (German too, with its capitalised
     * nouns handled apart); "und" is text too short to tell, read as English.
     */
    static final Set<String> SUPPORTED = Set.of("en", "de", "fr", "es", "pt", "it", "nl", "und");

    public EntityExtractor() {
    }

    /**
     * The last result per thread: the pipeline asks for an article's entities, then the quote
     * extractor asks again for the same instance to name speakers in full.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    public List<Entity> extract(TextAnalysis text) {
        Object[] last = LAST.get();
        if (last != null && last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Entity> cached = (List<Entity>) last[1];
            return cached;
        }
        List<Entity> result = compute(text);
        LAST.set(new Object[] {text, result});
        return result;
    }

    private List<Entity> compute(TextAnalysis text) {
        TokenizedText tokenized = TokenizedText.of(text);
        List<String> sentences = tokenized.sentences();
        List<List<Token>> tokens = tokenized.tokens();
        String language = text.language() == null ? "und" : text.language();
        if (!SUPPORTED.contains(language)) {
            return knownNamesOnly(tokenized);
        }
        MentionScanner scanner = new MentionScanner(gaz, MentionScanner.lowercaseWords(tokens), language.equals("de"),
                isSport(tokenized));
        List<List<Token>> headlines = new ArrayList<>();
        if (!tokenized.title().isEmpty()) {
            if (TokenizedText.isHeadlineCase(tokenized.titleTokens(), true)) {
                headlines.add(tokenized.titleTokens());
            } else {
                scanner.scan(tokenized.title(), tokenized.titleTokens());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> t = tokens.get(i);
            if (scanner.teamRow(sentences.get(i), t)) {
                continue;
            }
            if (tokenized.headline().get(i) && !nameDenseProse(t)) {
                headlines.add(t);
            } else {
                scanner.scan(sentences.get(i), t);
            }
        }
        EntityResolver resolver = new EntityResolver(gaz, scanner);
        for (List<Token> headline : headlines) {
            resolver.countKnown(headline);
        }
        return resolver.entities(MAX_ENTITIES);
    }

    /**
     * A sentence that looks like a headline because names crowd it ("WASHINGTON (Reuters) - President
     * Bill Clinton named Charlene Barshefsky as U.S. Trade Representative, the White House said.")
     * but is prose: not in capitals, and with lower-case words that are not stop words (one is enough
     * in a sentence ending in a full stop: "The New York Yankees beat the Chicago White Sox on Tuesday.").
     */
    private static boolean nameDenseProse(List<Token> tokens) {
        int words = 0;
        int allCaps = 0;
        int lower = 0;
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (t.isAllCaps()) {
                allCaps++;
            } else if (!t.isCapitalized() && !t.isStopWord()) {
                lower++;
            }
        }
        boolean period = !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct('.');
        return allCaps * 5 < words * 4 && (lower >= 2 || (lower == 1 && period));
    }

    private static final Set<String> SPORTS = Set.of("soccer", "football", "cricket", "tennis", "golf", "rugby",
            "basketball", "baseball", "hockey", "cycling", "athletics", "boxing", "motor", "racing", "skiing",
            "swimming", "volleyball", "handball", "nba", "nfl", "nhl", "league", "cup", "fussball", "fútbol", "futebol",
            "calcio", "ligue", "liga", "bundesliga");

    /**
     * A sports report: a sport in the title, or results written as scores ("2-1") several times. In one,
     * a town followed by a score or a table row is a team ("Leicester 1 Newcastle 2").
     */
    private static boolean isSport(TokenizedText text) {
        for (Token t : text.titleTokens()) {
            if (SPORTS.contains(t.lower())) {
                return true;
            }
        }
        int scores = 0;
        for (List<Token> sentence : text.tokens()) {
            for (int i = 1; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (t.kind() == Token.Kind.NUMBER && t.hyphenBefore() && sentence.get(i - 1).kind() == Token.Kind.NUMBER
                        && t.text().length() <= 2 && sentence.get(i - 1).text().length() <= 2) {
                    scores++;
                }
            }
        }
        return scores >= 3;
    }

    /**
     * Other languages inflect names ("Linekera", "Manchesteru") and capitalise by rules of their own:
     * only the shipped names of places and organisations are counted, nothing is discovered.
     */
    private List<Entity> knownNamesOnly(TokenizedText tokenized) {
        EntityResolver resolver = new EntityResolver(gaz, new MentionScanner(gaz, Set.of()));
        resolver.countKnownNames(tokenized.titleTokens());
        for (List<Token> sentence : tokenized.tokens()) {
            resolver.countKnownNames(sentence);
        }
        return resolver.entities(MAX_ENTITIES);
    }
}
