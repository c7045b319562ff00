package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the name mentions of one article, sentence by sentence. A mention is a run of capitalised
 * tokens (joined by "of", "the", "al", a possessive 's or a hyphen), cut into gazetteer names and
 * leftover pieces; a leftover piece is typed by its words and its context, or left untyped for the
 * resolver to attach to a longer name. One instance per article; not thread-safe.
 */
final class MentionScanner {

    private final Gazetteer gaz;
    /**
     * Words the article also writes in lower case: a capital on them at a sentence start means
     * nothing. Common words are left out, {@link #ordinaryWord} knows them from the token's flags.
     */
    private final Set<String> lowercaseSeen;
    /** German capitalises every noun: a capital alone says nothing there. */
    private final boolean nounsCapitalised;
    private final boolean sport;
    final Map<String, Candidate> candidates = new LinkedHashMap<>();
    final Map<Gazetteer.Entry, Integer> gazetteerCounts = new LinkedHashMap<>();
    private int order;

    private String sentence;
    private List<Token> tokens;

    MentionScanner(Gazetteer gaz, Set<String> lowercaseSeen) {
        this(gaz, lowercaseSeen, false);
    }

    MentionScanner(Gazetteer gaz, Set<String> lowercaseSeen, boolean nounsCapitalised) {
        this(gaz, lowercaseSeen, nounsCapitalised, false);
    }

    MentionScanner(Gazetteer gaz, Set<String> lowercaseSeen, boolean nounsCapitalised, boolean sport) {
        this.gaz = gaz;
        this.lowercaseSeen = lowercaseSeen;
        this.nounsCapitalised = nounsCapitalised;
        this.sport = sport;
    }

    /**
     * In a sports report a name followed by a score or a row of a table ("Leicester 1", "Inter 10 6
     * 3 1") is a team: an ORGANIZATION, unless it is a country (national teams are named as places).
     */
    private boolean teamBefore(int b) {
        if (!sport || b >= tokens.size() || tokens.get(b).kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (b + 1 < tokens.size()) {
            String next = tokens.get(b + 1).lower();
            if (next.equals("percent") || next.equals("%") || next.equals("million") || next.equals("billion")) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a sports report, a row of a results table: a name and numbers only ("NEW YORK 74 57 .565 -",
     * "Barnsley 7 4 2 1 12 8 14"). The name is a team, an ORGANIZATION, unless it is a country (national
     * teams are named as places). Returns whether the line was such a row.
     */
    boolean teamRow(String sentence, List<Token> tokens) {
        if (!sport) {
            return false;
        }
        int n = tokens.size();
        int j = 0;
        while (j < n && j < 5 && tokens.get(j).isWord() && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (j == 0 || j + 1 >= n) {
            return false;
        }
        int numbers = 0;
        for (int k = j; k < n; k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                return false;
            }
            if (t.kind() == Token.Kind.NUMBER && !t.hyphenBefore()) {
                numbers++;
            }
        }
        if (numbers < 2) {
            return false; // "ROME 1996-12-06" is a dateline
        }
        this.sentence = sentence;
        this.tokens = tokens;
        Gazetteer.Match m = gaz.longest(tokens, 0, j);
        if (m != null && m.length() == j && (gaz.isCountry(m.entry()) || m.entry().type() == EntityType.ORGANIZATION)
                && m.entry().kind() == Gazetteer.Kind.NAME) {
            gazetteerCounts.merge(m.entry(), 1, Integer::sum);
        } else {
            emitAs(0, j, EntityType.ORGANIZATION, 2, surface(0, j));
        }
        return true;
    }

    static Set<String> lowercaseWords(List<List<Token>> sentences) {
        Set<String> seen = new HashSet<>();
        for (List<Token> sentence : sentences) {
            for (Token t : sentence) {
                if (t.isWord() && !t.isCapitalized() && !t.isCommon()) {
                    seen.add(t.lower());
                }
            }
        }
        return seen;
    }

    void scan(String sentence, List<Token> tokens) {
        this.sentence = sentence;
        this.tokens = tokens;
        int n = tokens.size();
        int i = dateline();
        while (i < n) {
            if (!tokens.get(i).isCapitalized()) {
                i++;
                continue;
            }
            int quoted = titleInQuotes(i);
            if (quoted > i) {
                i = quoted;
                continue;
            }
            int end = runEnd(i);
            run(i, end, isSentenceStart(i));
            defineAcronym(i, end);
            i = end;
        }
    }

    /**
     * A wire dateline opening the sentence ("ROME 1996-12-06", "AL-AIN, United Arab Emirates",
     * "WASHINGTON (Reuters) -", "CAIRO —"): the place in capitals is a LOCATION. Returns the index
     * to scan on from.
     */
    private int dateline() {
        int n = tokens.size();
        int j = 0;
        while (j < n && j < 4 && tokens.get(j).isWord() && tokens.get(j).isAllCaps()) {
            j++;
        }
        if (j == 0 || j >= n) {
            return 0;
        }
        Token next = tokens.get(j);
        boolean dated = next.kind() == Token.Kind.NUMBER || next.isPunct('(') || next.isPunct('—')
                || next.isPunct('–') || (next.isPunct('-') && !next.hyphenBefore())
                || (next.isPunct(',') && j + 1 < n && tokens.get(j + 1).isCapitalized());
        if (!dated) {
            return 0;
        }
        Gazetteer.Match m = gaz.longest(tokens, 0, j);
        if (m != null && m.length() == j && m.entry().kind() != Gazetteer.Kind.SOFT
                && m.entry().type() == EntityType.LOCATION) {
            gazetteerCounts.merge(m.entry(), 1, Integer::sum);
        } else {
            emitAs(0, j, EntityType.LOCATION, 2, titleCase(written(tokens.get(0).start(), tokens.get(j - 1).end())));
        }
        return j;
    }

    /**
     * A quotation in title case right from its opening quote is the title of a work ("“Super
     * Mario Run”", "‘Forza Horizon 3’"), not a name: returns the index after its closing quote, or
     * {@code s} when the quotation is prose or holds a known name.
     */
    private int titleInQuotes(int s) {
        if (s == 0 || !isQuote(tokens.get(s - 1))) {
            return s;
        }
        int n = tokens.size();
        for (int j = s; j < n && j < s + 10; j++) {
            Token t = tokens.get(j);
            if (isQuote(t)) {
                if (j == s) {
                    return s;
                }
                Gazetteer.Match m = gaz.longest(tokens, s, j);
                return m != null && m.length() == j - s ? s : j + 1;
            }
            if (t.isWord() && !t.isCapitalized() && !isConnector(t) && !t.isStopWord()) {
                return s;
            }
        }
        return s;
    }

    private static boolean isQuote(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String x = t.text();
        return x.equals("\"") || x.equals("“") || x.equals("”") || x.equals("'") || x.equals("‘") || x.equals("«")
                || x.equals("»") || x.equals("„");
    }

    /** Exclusive end of the capitalised run starting at {@code start}. */
    private int runEnd(int start) {
        int n = tokens.size();
        int last = start;
        int j = start + 1;
        while (j < n) {
            Token t = tokens.get(j);
            if (t.isCapitalized() && !t.isStopWord()) {
                last = j++;
            } else if (t.isPunct('.') && j == last + 1 && isInitial(tokens.get(last)) && j + 1 < n
                    && tokens.get(j + 1).isCapitalized()) {
                j++; // "Donald J. Trump": the dot of an initial does not end the name
            } else if (t.kind() == Token.Kind.CLITIC && j + 1 < n && tokens.get(j + 1).isCapitalized()) {
                j++;
            } else if (t.isWord() && t.hyphenBefore() && j == last + 1 && t.lower().length() <= 4
                    && !t.isCommon()) {
                last = j++; // "Jong-un", but not "Moscow-based"
            } else if (isConnector(t)) {
                int k = j;
                while (k < n && k - j < 2 && isConnector(tokens.get(k))) {
                    k++;
                }
                if (k < n && tokens.get(k).isCapitalized() && joins(start, last + 1, j, k)) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return last + 1;
    }

    /**
     * Do the connectors {@code [j, k)} join the name so far ({@code [start, end)}) to the next
     * capitalised word? "of", particles and "&" do ("Bank of England", "Bashar al-Assad"); "the" only
     * after "of" ("Bank of the West"); "for" and "and" only after a word that makes the name an
     * organisation or a place ("Center for Disease Control", "Bosnia and Herzegovina" is a known
     * name anyway), not "Buchtmann for Food Standards" or "Rathbun the Scientology".
     */
    private boolean joins(int start, int end, int j, int k) {
        String first = tokens.get(j).lower();
        if (first.equals("the")) {
            return false;
        }
        if (nounsCapitalised && !gaz.firstNames.contains(tokens.get(start).lower())) {
            return false; // "Passwortmanager von AgileBits": in German "von" joins nouns, not only names
        }
        if (first.equals("for") || first.equals("and")) {
            return hasTypingWord(start, end) || gaz.longest(tokens, start, k + 1) != null;
        }
        return true;
    }

    /** A single capital letter ("J" of "Donald J. Trump") or dotted capitals ("H.W."). */
    static boolean isInitial(Token t) {
        String x = t.text();
        if (!t.isWord()) {
            return false;
        }
        if (x.length() == 1) {
            return Character.isUpperCase(x.charAt(0));
        }
        for (int k = 0; k < x.length(); k++) {
            char c = x.charAt(k);
            if (k % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isConnector(Token t) {
        return (t.isWord() || t.kind() == Token.Kind.PUNCT) && !t.isCapitalized()
                && Gazetteer.CONNECTORS.contains(t.lower());
    }

    /** Acronyms the article defines ("kcna" for "korean central news agency"), to the long form's key. */
    private final Map<String, String> acronyms = new LinkedHashMap<>();

    /**
     * "Korean Central News Agency (KCNA)", "Resistencia Ancestral Mapuche (RAM)": a name whose
     * initials a following acronym in brackets spells is an organisation (people are not given
     * acronyms), and the acronym is another way of writing it.
     */
    private void defineAcronym(int s, int e) {
        int n = tokens.size();
        if (e + 2 >= n || !tokens.get(e).isPunct('(') || !tokens.get(e + 2).isPunct(')')) {
            return;
        }
        Token acronym = tokens.get(e + 1);
        String letters = acronym.text();
        if (!acronym.isWord() || !acronym.isAllCaps() || letters.length() < 2 || letters.length() > 8) {
            return;
        }
        for (int k = s; k < e - 1; k++) {
            if (!tokens.get(k).isCapitalized()) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            List<String> key = new ArrayList<>();
            for (int i = k; i < e; i++) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.PUNCT) {
                    continue;
                }
                key.add(t.lower());
                if (t.isCapitalized()) {
                    initials.append(Character.toUpperCase(t.text().charAt(0)));
                }
            }
            if (initials.toString().equals(letters.toUpperCase(java.util.Locale.ROOT))) {
                String longKey = String.join(" ", key);
                Candidate longForm = candidates.get(longKey);
                if (longForm != null && longForm.type() != EntityType.LOCATION) {
                    longForm.vote(EntityType.ORGANIZATION, 2);
                    acronyms.put(acronym.lower(), longKey);
                }
                return;
            }
        }
    }

    /** Counts each defined acronym's mentions for its long form. */
    void foldAcronyms() {
        acronyms.forEach((acronym, longKey) -> {
            Candidate a = candidates.get(acronym);
            Candidate longForm = candidates.get(longKey);
            if (a != null && longForm != null && a != longForm) {
                candidates.remove(acronym);
                longForm.absorb(a);
            }
        });
    }

    private boolean isSentenceStart(int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = prev.text();
        if (p.equals(".")) {
            // "Mr. Smith", "Donald J. Trump": the dot of a title or an initial does not end a sentence
            return i < 2 || !(tokens.get(i - 2).isPersonTitle() || isInitial(tokens.get(i - 2)));
        }
        return p.equals("!") || p.equals("?") || p.equals(":") || p.equals("“") || p.equals("\"")
                || p.equals("‘") || p.equals("«") || p.equals("(") || p.equals("[") || p.equals("„");
    }

    private void run(int s, int e, boolean sentenceStart) {
        boolean initial = sentenceStart;
        while (s < e && gaz.longest(tokens, s, e) == null) {
            Token t = tokens.get(s);
            if (!t.isWord() || isConnector(t) || t.isStopWord()) {
                s++;
                initial = false;
            } else if (initial && gaz.functionWords.contains(t.lower())) {
                s++;
                initial = false;
            } else if (initial && ordinaryWord(t) && !(s + 1 < e && gaz.firstNames.contains(t.lower()))
                    && !startsTypedName(s, e)) {
                s++;
                initial = false;
            } else {
                break;
            }
        }
        if (s >= e) {
            return;
        }
        int and = andOutsideNames(s, e);
        if (and > 0) {
            // "Finance Minister Christian Lindner and Economy Minister Robert Habeck" is two names
            run(s, and, initial);
            run(and + 1, e, false);
            return;
        }
        int p = lastTitle(s, e);
        if (p >= 0) {
            plain(s, p + 1, initial, false);
            int nameEnd = p + 1;
            while (nameEnd < e && !isBreaking(tokens.get(nameEnd))) {
                nameEnd++;
            }
            if (hasTypingWord(p + 1, nameEnd) || coveredByGazetteer(p + 1, nameEnd)) {
                plain(p + 1, nameEnd, false, true);
            } else {
                emit(p + 1, trimEnd(p + 1, nameEnd), EntityType.PERSON);
            }
            if (nameEnd < e) {
                run(nameEnd, e, false);
            }
            return;
        }
        int given = givenNameInside(s, e);
        if (given > s) {
            // "Bundeskanzler Olaf Scholz", "Bayern-Trainer Thomas Tuchel": a noun in front of a name
            plain(s, given, initial, false);
            emit(given, trimEnd(given, e), EntityType.PERSON);
            return;
        }
        plain(s, e, initial, true);
    }

    /**
     * In German, where a role is a capitalised noun, the given name inside a run that starts a
     * person's name after it; {@code s} when there is none.
     */
    private int givenNameInside(int s, int e) {
        if (!nounsCapitalised) {
            return s;
        }
        for (int i = s + 1; i < e - 1; i++) {
            if (gaz.firstNames.contains(tokens.get(i).lower()) && tokens.get(i + 1).isCapitalized()
                    && gaz.longest(tokens, i, e) == null && nameLike(i, e)) {
                return i;
            }
        }
        return s;
    }

    /** A lower-case "and" of the run that no gazetteer name spans ("Bosnia and Herzegovina"); -1 when none. */
    private int andOutsideNames(int s, int e) {
        int i = s;
        while (i < e) {
            Gazetteer.Match m = gaz.longest(tokens, i, e);
            if (m != null) {
                i += m.length();
            } else if (i > s && tokens.get(i).text().equals("and")) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * Does a sentence-initial ordinary word begin a typed name ("Democratic Party", "Ministry of
     * Defence") rather than precede one ("Shares of Acme Robotics Inc")?
     */
    private boolean startsTypedName(int s, int e) {
        if (!hasTypingWord(s + 1, e)) {
            return false;
        }
        String w = tokens.get(s).lower();
        return tokens.get(s + 1).isCapitalized() || gaz.organizationWords.contains(w) || gaz.placeWords.contains(w);
    }

    /** A word whose capital at a sentence start says nothing: common, written in lower case elsewhere, or in the dictionary. */
    private boolean ordinaryWord(Token t) {
        String w = t.lower();
        return t.isCommon() || lowercaseSeen.contains(w) || (!nounsCapitalised && gaz.isEnglishWord(w)
                && !gaz.firstNames.contains(w) && !gaz.surnames.contains(w) && !t.isAllCaps());
    }

    /** The last title in the run that a name follows ("Russian President | Vladimir Putin"); -1 when none. */
    private int lastTitle(int s, int e) {
        for (int i = e - 2; i >= s; i--) {
            Token next = tokens.get(i + 1);
            if (isTitle(i, s) && next.isCapitalized() && !isTitle(i + 1, s)
                    && gaz.longest(tokens, i, e) == null) {
                return i;
            }
        }
        return -1;
    }

    private boolean isTitle(int i, int s) {
        Token t = tokens.get(i);
        if (t.isPersonTitle()) {
            return true;
        }
        // "Secretary of State Antony Blinken", "Minister of Defence Sergei Shoigu"
        return i - 2 >= s && tokens.get(i - 1).lower().equals("of") && tokens.get(i - 2).isPersonTitle();
    }

    private static boolean isBreaking(Token t) {
        return !t.isCapitalized() && Gazetteer.BREAKING_CONNECTORS.contains(t.lower());
    }

    private boolean coveredByGazetteer(int s, int e) {
        Gazetteer.Match m = gaz.longest(tokens, s, e);
        return m != null && m.length() == e - s;
    }

    /** Does the span hold an organisation or place word that types a multi-word name? */
    private boolean hasTypingWord(int s, int e) {
        for (int i = s; i < e; i++) {
            String w = tokens.get(i).lower();
            if (gaz.organizationWords.contains(w) || gaz.placeWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts a run without titles into gazetteer names and leftover pieces. A leftover piece right
     * before "of" + a gazetteer name takes the name in when it ends in an organisation or place word
     * ("University of California"); a gazetteer place right before a leftover organisation becomes
     * part of it ("Russian Defence Ministry").
     */
    private void plain(int s, int e, boolean initial, boolean personAllowed) {
        if (s >= e) {
            return;
        }
        if (personAllowed && wholeIsPersonByFirstName(s, e)) {
            emit(s, e, EntityType.PERSON);
            return;
        }
        List<int[]> pieces = new ArrayList<>();
        List<Gazetteer.Entry> entries = new ArrayList<>();
        int leftover = s;
        int i = s;
        while (i < e) {
            Gazetteer.Match m = gaz.longest(tokens, i, e);
            Gazetteer.Match club = gaz.club(tokens, i, e, sport);
            if (club != null && (m == null || club.length() >= m.length())) {
                m = club;
            }
            if (m == null || (m.entry().kind() == Gazetteer.Kind.SOFT && !standsAlone(i, i + m.length(), s, e))) {
                i++;
                continue;
            }
            if (leftover < i) {
                pieces.add(new int[] {leftover, i});
                entries.add(null);
            }
            pieces.add(new int[] {i, i + m.length()});
            entries.add(m.entry());
            i += m.length();
            leftover = i;
        }
        if (leftover < e) {
            pieces.add(new int[] {leftover, e});
            entries.add(null);
        }
        for (int k = 0; k < pieces.size(); k++) {
            int[] piece = pieces.get(k);
            Gazetteer.Entry entry = entries.get(k);
            if (entry == null && k + 1 < pieces.size() && entries.get(k + 1) != null
                    && entries.get(k + 1).type() == EntityType.ORGANIZATION && pieces.get(k + 1)[0] == piece[1]
                    && tokens.get(piece[1] - 1).isCapitalized() && !hasTitle(piece[0], piece[1])) {
                // a gazetteer organisation inside a longer name: "Free Democrats" is not "Democrats"
                emit(trimStart(piece[0], piece[1]), pieces.get(k + 1)[1], EntityType.ORGANIZATION);
                k++;
                continue;
            }
            if (entry != null && entry.kind() == Gazetteer.Kind.SOFT) {
                emit(piece[0], piece[1], teamBefore(piece[1]) ? EntityType.ORGANIZATION : entry.type(), 2);
                continue;
            }
            if (entry != null && entry.kind() == Gazetteer.Kind.NAME && entry.type() == EntityType.LOCATION
                    && !gaz.isCountry(entry) && teamBefore(piece[1])) {
                emit(piece[0], piece[1], EntityType.ORGANIZATION, 2);
                continue;
            }
            if (entry != null) {
                boolean absorbed = false;
                if (entry.kind() != Gazetteer.Kind.AMBIGUOUS || entry.fallback() != null) {
                    // "Russian Defence Ministry", "Toyota Motor Corp": one organisation
                    absorbed = k + 1 < pieces.size() && entries.get(k + 1) == null
                            && (entry.type() == EntityType.LOCATION || entry.type() == EntityType.ORGANIZATION)
                            && pieces.get(k + 1)[0] == piece[1] && hasOrganizationWord(pieces.get(k + 1));
                }
                if (absorbed) {
                    int[] next = pieces.get(k + 1);
                    leftoverPiece(piece[0], next[1], initial && piece[0] == s, personAllowed, s, e);
                    k++;
                } else {
                    gazetteerCounts.merge(entry, 1, Integer::sum);
                }
                continue;
            }
            int end = piece[1];
            if (k + 1 < pieces.size() && entries.get(k + 1) != null && endsWithOfAfterTypingWord(piece)) {
                end = pieces.get(k + 1)[1];
                k++;
            }
            leftoverPiece(piece[0], end, initial && piece[0] == s, personAllowed, s, e);
        }
    }

    /**
     * Is a name of the open-data lists a name of its own here, with no other capitalised word of
     * the run beside it ("Florence" alone, not "Florence Nightingale" or "University of Florence")?
     */
    private boolean standsAlone(int a, int b, int s, int e) {
        if (a == s && cueBefore(a)) {
            return false; // "Mr. Clinton", "said Jordan"
        }
        if (a > s) {
            Token before = tokens.get(a - 1);
            if (before.isCapitalized() || isConnector(before) || before.kind() == Token.Kind.CLITIC) {
                if (gaz.longest(tokens, Math.max(s, a - 1), a) == null) {
                    return false;
                }
            }
        }
        if (b < e) {
            Token after = tokens.get(b);
            if ((after.isCapitalized() || isConnector(after)) && gaz.longest(tokens, b, e) == null) {
                return false;
            }
        }
        return true;
    }

    private boolean hasTitle(int s, int e) {
        for (int i = s; i < e; i++) {
            if (tokens.get(i).isPersonTitle()) {
                return true;
            }
        }
        return false;
    }

    private int trimStart(int a, int b) {
        while (a < b - 1 && edgeWord(tokens.get(a))) {
            a++;
        }
        return a;
    }

    private boolean wholeIsPersonByFirstName(int s, int e) {
        int words = e - s;
        if (words < 2 || words > 4 || !gaz.firstNames.contains(tokens.get(s).lower())) {
            return false;
        }
        for (int i = s; i < e; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() && !(t.hyphenBefore() && t.isWord())) {
                return false;
            }
        }
        return !hasTypingWord(s, e) && !coveredByGazetteer(s, e) && !isMisc(s, e);
    }

    private boolean hasOrganizationWord(int[] piece) {
        for (int i = piece[0]; i < piece[1]; i++) {
            if (gaz.organizationWords.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithOfAfterTypingWord(int[] piece) {
        int last = piece[1] - 1;
        while (last > piece[0] && (tokens.get(last).lower().equals("the"))) {
            last--;
        }
        if (last <= piece[0] || !(tokens.get(last).lower().equals("of") || tokens.get(last).lower().equals("for"))) {
            return false;
        }
        return hasTypingWord(piece[0], last);
    }

    /** Splits a leftover piece at "and" (unless it joins two parts of one organisation) and types each part. */
    private void leftoverPiece(int a, int b, boolean initial, boolean personAllowed, int runStart, int runEnd) {
        for (int i = a; i < b; i++) {
            if (!tokens.get(i).isCapitalized() && tokens.get(i).lower().equals("and")
                    && !(hasOrganizationWord(new int[] {a, i}) && !hasTypingWord(i + 1, b))) {
                leftoverPiece(a, i, initial, personAllowed, runStart, runEnd);
                leftoverPiece(i + 1, b, false, personAllowed, runStart, runEnd);
                return;
            }
        }
        while (a < b && edgeWord(tokens.get(a))) {
            a++;
            initial = false;
        }
        b = trimEnd(a, b);
        if (a >= b || isMisc(a, b)) {
            return;
        }
        for (int i = a + 1; i < b - 1; i++) {
            if (tokens.get(i).text().equals("of")
                    && classify(a, i, initial, personAllowed, a == runStart, false) == EntityType.PERSON) {
                emit(a, i, EntityType.PERSON);
                leftoverPiece(i + 1, b, false, personAllowed, runStart, runEnd);
                return;
            }
        }
        EntityType type = classify(a, b, initial, personAllowed, a == runStart, b == runEnd);
        if (type != null || !tokens.get(a).isCommon() || b - a > 1) {
            if (type == null && b - a > 1) {
                return; // several capitalised words of ordinary vocabulary ("Space Launch Center")
            }
            emit(a, b, type);
        }
    }

    /** An event, a work, a law or a group of people: "Copa América", "Investment Company Act", "Islamists". */
    private boolean isMisc(int a, int b) {
        return gaz.miscWords.contains(tokens.get(a).lower()) || gaz.miscWords.contains(tokens.get(b - 1).lower());
    }

    /** Are all the words of the span everyday English words ("Vision Pro", "Block Placement Packet")? */
    private boolean allEnglishWords(int a, int b) {
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !isConnector(t) && !gaz.isEnglishWord(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean edgeWord(Token t) {
        return !t.isWord() || isConnector(t) || t.isStopWord();
    }

    private int trimEnd(int a, int b) {
        while (b > a && (edgeWord(tokens.get(b - 1)) || tokens.get(b - 1).isGeneric())) {
            b--;
        }
        return b;
    }

    private EntityType classify(int a, int b, boolean initial, boolean personAllowed, boolean atRunStart, boolean atRunEnd) {
        int words = 0;
        int ordinary = 0;
        boolean titled = false;
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || isConnector(t)) {
                continue;
            }
            words++;
            if (t.isCommon()) {
                ordinary++;
            }
            titled |= t.isPersonTitle();
        }
        String first = tokens.get(a).lower();
        String last = tokens.get(b - 1).lower();
        if (gaz.titles.contains(last)) {
            return null; // a role without a name: "Treasury Secretary", "Foreign Minister"
        }
        if (words >= 2 && gaz.placeWords.contains(last)) {
            return EntityType.LOCATION;
        }
        if (words >= 2 && hasOrganizationWord(new int[] {a, b})) {
            return EntityType.ORGANIZATION;
        }
        if (words >= 2 && hasPlaceWord(a, b)) {
            return EntityType.LOCATION;
        }
        if (titled) {
            return null;
        }
        if (atRunStart && placeCueBefore(a)) {
            return EntityType.LOCATION;
        }
        if (atRunEnd && words == 1 && locationCueAfter(b)) {
            return EntityType.LOCATION;
        }
        if ((atRunStart && organizationCueBefore(a)) || (atRunEnd && (organizationCueAfter(b) || teamBefore(b)))) {
            return ordinary < words ? EntityType.ORGANIZATION : null;
        }
        boolean notPerson = atRunEnd && relativeWhichAfter(b);
        boolean cued = (atRunStart && cueBefore(a)) || (atRunEnd && speechAfter(b));
        if (words == 1 && tokens.get(a).isAllCaps()) {
            return acronymOfAName(a) ? EntityType.ORGANIZATION : null;
        }
        if (notPerson) {
            return words >= 2 && ordinary < words ? EntityType.ORGANIZATION : null;
        }
        if (!personAllowed) {
            return null;
        }
        if (cued && ordinary < words) {
            return EntityType.PERSON;
        }
        if (words >= 2 && (gaz.firstNames.contains(first) || isInitial(tokens.get(a))) && nameLike(a, b)) {
            return EntityType.PERSON;
        }
        if (words >= 2 && gaz.surnames.contains(last) && ordinary < words && nameLike(a, b)) {
            return EntityType.PERSON;
        }
        if (words >= 2 && ordinary == 0 && nameLike(a, b) && !nounsCapitalised && !allEnglishWords(a, b)) {
            return EntityType.PERSON;
        }
        if (words == 1 && atRunStart && !initial && inPlaceCueBefore(a) && !(b < tokens.size()
                && tokens.get(b).kind() == Token.Kind.CLITIC)) {
            return nounsCapitalised ? null : EntityType.LOCATION;
        }
        return null;
    }

    /**
     * An all-capital word standing for an organisation ("NATO", "UEFA", "the BBC"), unless it is one
     * of the abbreviations of everyday things ("CEO", "GDP", "TV") or the first part of a compound
     * ("QR-Codes", "TOTP-Feature").
     */
    private boolean acronymOfAName(int a) {
        Token t = tokens.get(a);
        String w = t.lower();
        if (w.length() > 6 || NOT_NAMES.contains(w) || gaz.organizationWords.contains(w)
                || !t.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (gaz.isEnglishWord(w) && !(cueBefore(a) || speechAfter(a + 1) || organizationCueAfter(a + 1))) {
            return false; // a shouted word ("LEDGER"), unless something says it is a name
        }
        if (a + 1 < tokens.size() && tokens.get(a + 1).hyphenBefore()) {
            return false;
        }
        // "(NBT)" after a lower-case phrase spells out a thing, not a name
        if (a >= 2 && tokens.get(a - 1).isPunct('(') && tokens.get(a - 2).isWord() && !tokens.get(a - 2).isCapitalized()) {
            return false;
        }
        return !nounsCapitalised || a > 0;
    }

    /** Abbreviations of things and units, not of names. */
    private static final Set<String> NOT_NAMES = Set.of("ceo", "cfo", "coo", "cto", "gdp", "tv", "pm", "am", "gmt",
            "utc", "est", "edt", "pst", "pdt", "cet", "bst", "ok", "dna", "rna", "hiv", "aids", "covid", "sars", "ipo",
            "ai", "vr", "ar", "it", "pc", "usb", "gps", "sms", "app", "api", "pdf", "url", "faq", "vip", "mp", "mps",
            "mep", "meps", "ltd", "inc", "plc", "llc", "co", "corp", "vat", "cpi", "eps", "etf", "nav", "ebitda", "q1",
            "q2", "q3", "q4", "hq", "id", "iq", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "usd", "eur",
            "gbp", "jpy", "cny", "kg", "km", "mph", "kmh", "mw", "gw", "kw", "co2", "lng", "lpg", "suv", "ev", "evs",
            "rpm", "gb", "mb", "tb", "cd", "dvd", "led", "lcd", "ip", "qr", "nb", "ps", "pps", "rip", "lol", "omg",
            "diy", "asap", "aka", "ie", "eg", "etc", "vs", "st", "rd", "th", "nd", "jr", "sr", "phd", "md", "ba", "ma",
            "bsc", "msc", "mba", "ad", "bc", "ce", "bce", "fm", "uhf", "vhf", "hd", "uk", "us", "usa", "eu", "un",
            "dnp", "gop", "nbt", "ssl", "tls", "http", "html", "css", "js", "sql", "os", "ios", "cpu", "gpu", "ram",
            "rom", "ssd", "hdd", "wifi", "lte", "nfc", "pin", "atm", "ufo", "mri", "ct", "icu", "er", "pr", "hr",
            "rsvp", "tba", "tbc", "ppe", "ptsd", "adhd", "ocd", "std", "uti", "bmi", "ibs", "imsi", "fai", "totp",
            "ceos", "tvs", "pcs", "ipos", "ira", "k", "ko", "mvp", "nhl", "x", "xl", "xxl");

    /** "X-based", "X, Texas": the name is a place. */
    private boolean locationCueAfter(int b) {
        int n = tokens.size();
        if (b + 1 < n && tokens.get(b).isPunct('-') && tokens.get(b + 1).lower().equals("based")) {
            return true;
        }
        if (b < n && tokens.get(b).isWord() && tokens.get(b).hyphenBefore() && tokens.get(b).lower().equals("based")) {
            return true;
        }
        if (b + 1 < n && tokens.get(b).isPunct(',') && tokens.get(b + 1).isCapitalized()) {
            Gazetteer.Match m = gaz.longest(tokens, b + 1, n);
            return m != null && m.entry().type() == EntityType.LOCATION && m.entry().kind() != Gazetteer.Kind.SOFT
                    && m.entry().kind() != Gazetteer.Kind.DEMONYM
                    && (b + 1 + m.length() >= n || tokens.get(b + 1 + m.length()).kind() == Token.Kind.PUNCT);
        }
        return false;
    }

    /** "in Kyzyl", "near Sirte": a single unknown name after a preposition of place. */
    private boolean inPlaceCueBefore(int a) {
        return a >= 1 && IN_PLACE.contains(tokens.get(a - 1).text());
    }

    private static final Set<String> IN_PLACE = Set.of("in", "near", "outside", "across");

    /** "the company Acme", "search engine Mozilla", "shares of Acme", "acquired Acme". */
    private boolean organizationCueBefore(int a) {
        if (a == 0) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        if (!prev.isWord() || prev.isCapitalized()) {
            return false;
        }
        String p = prev.lower();
        if (ORG_NOUNS.contains(p) || ORG_VERBS.contains(p)) {
            return true;
        }
        return p.equals("of") && a >= 2 && ORG_OF.contains(tokens.get(a - 2).lower());
    }

    /** "Acme's shares", "Acme shares fell", "Acme, which ...". */
    private boolean organizationCueAfter(int b) {
        int n = tokens.size();
        if (b + 1 < n && tokens.get(b).isWord() && !tokens.get(b).isCapitalized()
                && (tokens.get(b).lower().equals("shares") || tokens.get(b).lower().equals("stock"))
                && SHARE_MOVES.contains(tokens.get(b + 1).lower())) {
            return true;
        }
        if (b + 1 < n && tokens.get(b).kind() == Token.Kind.CLITIC) {
            return ORG_POSSESSIONS.contains(tokens.get(b + 1).lower());
        }
        if (b + 1 < n && tokens.get(b).isPunct('\'') && tokens.get(b + 1).text().equals("s") && b + 2 < n) {
            return ORG_POSSESSIONS.contains(tokens.get(b + 2).lower()); // "Acme 's shares" (tokenised wire text)
        }
        return false;
    }

    private static final Set<String> SHARE_MOVES = Set.of("rose", "fell", "jumped", "slipped", "climbed", "dropped",
            "gained", "lost", "surged", "tumbled", "slumped", "eased", "edged", "closed", "ended", "were", "are");
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "startup", "start-up", "retailer",
            "carmaker", "automaker", "airline", "lender", "insurer", "bank", "broadcaster", "newspaper", "magazine",
            "website", "network", "agency", "group", "maker", "manufacturer", "giant", "conglomerate", "subsidiary",
            "engine", "platform", "service", "club", "side", "team", "party", "publisher", "studio", "developer",
            "label", "brand", "chain", "operator", "producer", "supplier", "shipper", "outlet", "daily", "tabloid",
            "union", "charity", "organisation", "organization", "regulator", "watchdog", "exchange");
    private static final Set<String> ORG_VERBS = Set.of("acquired", "acquire", "acquires", "acquiring", "bought",
            "joined", "sued", "suing");
    private static final Set<String> ORG_OF = Set.of("shares", "stake", "acquisition", "subsidiary", "unit",
            "division", "owner", "founder", "co-founder", "cofounder", "ceo", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "shareholders", "employees", "headquarters", "members", "member", "executive");
    private static final Set<String> ORG_POSSESSIONS = Set.of("shares", "stock", "ceo", "board", "founder",
            "co-founder", "headquarters", "website", "app", "platform", "subsidiary", "products", "shareholders",
            "employees", "staff", "spokesman", "spokeswoman", "spokesperson", "chairman", "revenue", "revenues",
            "profit", "profits", "sales", "earnings", "stake", "acquisition", "offices", "executives", "users",
            "customers", "software", "servers", "service", "services", "brand", "store", "stores", "network");

    private boolean hasPlaceWord(int a, int b) {
        for (int i = a; i < b; i++) {
            if (gaz.placeWords.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Person names are words of two letters or more, no acronyms ("S&P", "Artemis II"), no "&";
     * initials ("J.", "H.W.") inside the name are fine.
     */
    private boolean nameLike(int a, int b) {
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            if (i < b - 1 && (isInitial(t) || (t.isPunct('.') && isInitial(tokens.get(i - 1))))) {
                continue;
            }
            if (t.kind() == Token.Kind.PUNCT || (t.isWord() && t.isCapitalized() && (t.text().length() < 2 || t.isAllCaps()))) {
                return false;
            }
        }
        return true;
    }

    /** "the city of Gaziantep", "the town of ...". */
    private boolean placeCueBefore(int a) {
        return a >= 2 && tokens.get(a - 1).lower().equals("of") && PLACE_CUES.contains(tokens.get(a - 2).lower());
    }

    private static final Set<String> PLACE_CUES = Set.of("city", "town", "village", "province", "region", "district",
            "port", "island", "county", "state", "capital", "suburb", "municipality", "outskirts");

    /** "Lockheed Martin, which builds ...": "which" is said of things, not of people. */
    private boolean relativeWhichAfter(int b) {
        return b + 1 < tokens.size() && tokens.get(b).isPunct(',') && tokens.get(b + 1).lower().equals("which");
    }

    /** "leader Kim Jong Un", "Mr. Smith", "said Putin". */
    private boolean cueBefore(int a) {
        if (a == 0) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        if (prev.isPunct('.')) {
            return a >= 2 && tokens.get(a - 2).isPersonTitle(); // "Mr. Smith"
        }
        return prev.isWord() && !prev.isCapitalized() && (prev.isPersonTitle() || gaz.personRoles.contains(prev.lower())
                || gaz.speechVerbs.contains(prev.lower()) || prev.lower().equals("met") || prev.lower().equals("thanked"));
    }

    /** "Putin said", "Putin also said", "Putin, who ...". */
    private boolean speechAfter(int b) {
        int n = tokens.size();
        if (b >= n) {
            return false;
        }
        Token next = tokens.get(b);
        if (next.isPunct(',')) {
            return b + 1 < n && tokens.get(b + 1).lower().equals("who");
        }
        if (next.isWord() && gaz.speechVerbs.contains(next.lower())) {
            return true;
        }
        return next.isWord() && AUXILIARIES.contains(next.lower()) && b + 1 < n
                && gaz.speechVerbs.contains(tokens.get(b + 1).lower());
    }

    private static final Set<String> AUXILIARIES = Set.of("also", "then", "later", "has", "had", "have", "was",
            "is", "would", "will", "reportedly", "previously", "earlier", "once", "repeatedly");

    private void emit(int a, int b, EntityType type) {
        emit(a, b, type, 1);
    }

    private void emit(int a, int b, EntityType type, int weight) {
        if (a < b) {
            emitAs(a, b, type, weight, surface(a, b));
        }
    }

    private void emitAs(int a, int b, EntityType type, int weight, String surface) {
        List<String> keyTokens = new ArrayList<>(b - a);
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.PUNCT) {
                keyTokens.add(t.lower());
            }
        }
        if (keyTokens.isEmpty()) {
            return;
        }
        String key = String.join(" ", keyTokens);
        Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(k, List.copyOf(keyTokens), order++));
        c.add(surface, type, weight);
    }

    /** The name as written, in title case when it is shouted ("JIM WATSON", "AL-AIN"). */
    private String surface(int a, int b) {
        String written = written(tokens.get(a).start(), tokens.get(b - 1).end());
        boolean shouted = true;
        int words = 0;
        for (int i = a; i < b && shouted; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                shouted = t.isAllCaps() && t.text().length() > 1 && !isInitial(t);
            }
        }
        return shouted && words > 1 ? titleCase(written) : written;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    private String written(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '’' || c == 'ʼ' ? '\'' : c);
        }
        return sb.toString();
    }
}
