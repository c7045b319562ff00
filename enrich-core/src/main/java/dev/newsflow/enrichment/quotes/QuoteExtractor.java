package dev.newsflow.enrichment.quotes;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Quote;
import dev.newsflow.enrichment.TextAnalysis;
import dev.newsflow.enrichment.entities.EntityExtractor;
import dev.newsflow.enrichment.lexicon.Lexicon;
import dev.newsflow.enrichment.lexicon.Limits;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.TokenizedText;
import dev.newsflow.enrichment.lexicon.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Direct quotations, in the order the article gives them, with their speaker when the text says
 * who it is.
 * <p>
 * Marked quotations are found in the cleaned body, so one that runs over several sentences or
 * paragraphs is one quotation: curly (“…”), low (&bdquo;…“), guillemets («…»), straight ("…") and
 * single curly (‘…’) quotes, at least three words (shorter ones are scare quotes such as ‘holy war’).
 * The speaker comes from the words right after the quotation ("…,” Putin said", "…,” said Putin",
 * "…” — Putin") or right before it ("Putin remarked, “…", "Kim Jong told Putin, “…"); "he said"
 * takes the previous speaker. Sentences without quote marks count as quotations only when they are
 * plainly first-person speech and attributed ("We are meeting at a special time, said Putin",
 * "…, Putin said", "… – Putin", "Putin said, let me remind you…"); reported speech ("Kim said that
 * …") is not a quotation. Speakers are given the full name the article uses for them ("Putin" is
 * "Vladimir Putin").
 * <p>
 * German, French, Spanish, Portuguese and Italian have their own speech verbs, auxiliaries,
 * pronouns, articles and quotation marks ({@link QuoteRules}): "„…“, sagte Scholz", "„…“, so Weil",
 * "« … », a-t-il déclaré", "«…», dijo el presidente Pedro Sánchez", "«…». Lo ha detto Mario Rossi".
 * There, a quotation without a speaker is kept only when it reads as speech (six words or more, or
 * a sentence's end inside the marks): those languages set titles and terms in guillemets too. The
 * unmarked first-person rule is English only. Text in any other language gets no quotations.
 * <p>
 * Thread-safe: all state is per call.
 */
public final class QuoteExtractor {

    static final int MAX_QUOTES = 50;
    private static final int MAX_QUOTE_CHARS = 2_000;
    private static final int CONTEXT_CHARS = 160;
    /** Each is a stop word: firstPerson() asks this set only about tokens flagged as stop words (tested). */
    static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "let's");
    private static final String QUOTE_CHARS = "“”„\"«»‚";
    /** Marks where a pronoun speaker must take the previous speaker. */
    private static final String PRONOUN = "\u0000pronoun";
    /** Marks a speaker named by a role only ("sagte der Sprecher", "dijo el presidente del Gobierno"). */
    private static final String ROLE = "\u0000role";
    /** How far back a pronoun looks for the person it stands for, when no quotation named one yet. */
    private static final int PRONOUN_REACH = 400;

    private final EntityExtractor entities = new EntityExtractor();

    /** @param after where the text after the quotation starts (its attribution, if any) */
    private record Found(int position, String text, String speaker, int after) {

        Found(int position, String text, String speaker) {
            this(position, text, speaker, position);
        }
    }

    public QuoteExtractor() {
    }

    public List<Quote> extract(TextAnalysis text) {
        QuoteRules rules = QuoteRules.of(text.language());
        if (rules == null) {
            return List.of();
        }
        TokenizedText tokenized = TokenizedText.of(text);
        String body = text.body() == null || text.body().isBlank()
                ? String.join("\n", tokenized.sentences()) : Limits.cut(text.body(), Limits.MAX_CHARS);
        List<Found> found = new ArrayList<>();
        marked(body, found, rules, tokenized.lexicon());
        if (rules.english()) {
            unmarked(body, tokenized, found);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(Found::position));
        List<Named> known = null;
        Map<String, String> canonical = new HashMap<>();
        List<Quote> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        List<Entity> extracted = null;
        List<Entity> people = null;
        for (Found f : found) {
            String speaker = f.speaker();
            if (PRONOUN.equals(speaker) && previous == null || ROLE.equals(speaker)) {
                // "Erik Möller zeigte sich zuversichtlich. „…“, sagte er": the person named just before;
                // "…, said the chairman, John Smith": the person named in the attribution
                if (people == null) {
                    extracted = extracted != null ? extracted : entities.extract(text);
                    people = people(extracted);
                }
                speaker = PRONOUN.equals(speaker) ? lastMentioned(body, people, f.position())
                        : mentionedIn(body, people, f.after(), Math.min(body.length(), f.after() + CONTEXT_CHARS), true);
                if (speaker != null) {
                    previous = speaker;
                }
            } else if (PRONOUN.equals(speaker)) {
                speaker = previous;
            } else if (speaker != null) {
                if (known == null) {
                    extracted = extracted != null ? extracted : entities.extract(text);
                    known = named(extracted);
                }
                List<Named> entitiesOfText = known;
                speaker = canonical.computeIfAbsent(speaker, sp -> canonical(sp, entitiesOfText));
                previous = speaker;
            }
            if (seen.add(f.text()) && out.size() < MAX_QUOTES) {
                out.add(new Quote(speaker, f.text()));
            }
        }
        return List.copyOf(out);
    }

    private static List<Entity> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /**
     * The person a pronoun stands for when no quotation has named a speaker yet: the first person
     * named in the quotation's paragraph before it (the subject the paragraph is about, as in
     * "Mario Monti è lapidario. [...] E poi a La Stampa oggi dichiara: «…»"), else in the paragraph
     * before; null when neither names anyone within {@link #PRONOUN_REACH} chars.
     */
    private static String lastMentioned(String body, List<Entity> people, int position) {
        int paragraph = body.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        String named = mentionedIn(body, people, Math.max(paragraph, position - PRONOUN_REACH), position, false);
        if (named == null && paragraph > 1) {
            int previous = body.lastIndexOf('\n', paragraph - 2) + 1;
            named = mentionedIn(body, people, Math.max(previous, position - PRONOUN_REACH), paragraph, false);
        }
        return named;
    }

    /** The person named first in {@code body[from, to)}, up to the end of the sentence when {@code sentence}. */
    private static String mentionedIn(String body, List<Entity> people, int from, int to, boolean sentence) {
        int end = from;
        while (end < to && !(sentence && (body.charAt(end) == '\n' || body.charAt(end) == '.' && end + 1 < to
                && Character.isWhitespace(body.charAt(end + 1))))) {
            end++;
        }
        if (end <= from) {
            return null;
        }
        String best = null;
        int bestAt = end;
        String span = body.substring(from, end);
        for (Entity p : people) {
            int at = span.indexOf(p.text());
            if (at >= 0 && from + at < bestAt) {
                bestAt = from + at;
                best = p.text();
            }
        }
        return best;
    }

    private static void marked(String body, List<Found> found, QuoteRules rules, Lexicon lexicon) {
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (!isOpener(body, i, c, rules)) {
                i++;
                continue;
            }
            int close = closing(body, i, c);
            if (close < 0) {
                i++;
                continue;
            }
            String inner = clean(body, i + 1, close);
            if (words(inner) >= 3) {
                String speaker = speakerAfter(body, close + 1, rules, lexicon);
                if (speaker == null) {
                    speaker = speakerBefore(body, i, rules, lexicon);
                }
                if (speaker != null || rules.english() || readsAsSpeech(inner)) {
                    found.add(new Found(i, inner, speaker, close + 1));
                }
            }
            i = close + 1;
        }
    }

    /** Six words or more, or a sentence's end inside the marks: speech, not a term set in quotes. */
    private static boolean readsAsSpeech(String inner) {
        char last = inner.charAt(inner.length() - 1);
        return words(inner) >= 6 || last == '.' || last == '!' || last == '?' || last == '…';
    }

    private static boolean isOpener(String s, int i, char c, QuoteRules rules) {
        if (!rules.isOpener(c)) {
            return false;
        }
        switch (c) {
            case '“', '„', '«', '»', '‚':
                return true;
            case '"', '‘':
                boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{—–-:".indexOf(s.charAt(i - 1)) >= 0;
                return before && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
            default:
                return false;
        }
    }

    /** Index of the quote closing the one opened at {@code open}, or -1 when it is not closed in reach. */
    private static int closing(String s, int open, char opener) {
        int limit = Math.min(s.length(), open + 1 + MAX_QUOTE_CHARS);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            switch (opener) {
                case '“':
                    if (c == '”') {
                        return j;
                    }
                    if (c == '“' && !startsParagraph(s, j)) {
                        return -1; // a new quotation opened before this one closed
                    }
                    break;
                case '„':
                    if (c == '“' || c == '”') {
                        return j;
                    }
                    break;
                case '«':
                    if (c == '»') {
                        return j;
                    }
                    break;
                case '»':
                    if (c == '«') {
                        return j;
                    }
                    break;
                case '‚':
                    if (c == '‘' || c == '’' && (j + 1 == s.length() || !Character.isLetter(s.charAt(j + 1)))) {
                        return j;
                    }
                    break;
                case '"':
                    if (c == '"') {
                        return Character.isWhitespace(s.charAt(j - 1)) ? -1 : j;
                    }
                    break;
                default: // ‘ closes at a ’ that is not an apostrophe inside a word
                    if (c == '’' && !Character.isWhitespace(s.charAt(j - 1))
                            && (j + 1 == s.length() || !Character.isLetter(s.charAt(j + 1)))) {
                        return j;
                    }
                    break;
            }
        }
        return -1;
    }

    /** A quotation that goes on over paragraphs reopens each one without closing the last. */
    private static boolean startsParagraph(String s, int j) {
        for (int k = j - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '“' && startsParagraph(s, i)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ',' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /**
     * "…,” Putin said", "…,” said Putin", "…” — Putin", "…,” he said"; in the other languages also
     * "„…“, so Weil", "« … », a-t-il déclaré", "«…», dijo." (the last speaker) and "«…». Lo ha
     * detto Mario Rossi".
     */
    private static String speakerAfter(String s, int from, QuoteRules r, Lexicon lexicon) {
        int to = from;
        int limit = Math.min(s.length(), from + CONTEXT_CHARS);
        while (to < limit && s.charAt(to) != '\n' && QUOTE_CHARS.indexOf(s.charAt(to)) < 0) {
            to++;
        }
        List<Token> t = Tokenizer.tokenize(s, from, to, lexicon);
        int k = 0;
        boolean dash = false;
        boolean ended = false;
        while (k < t.size() && t.get(k).kind() == Token.Kind.PUNCT) {
            String p = t.get(k).text();
            if (p.equals(".") || p.equals("!") || p.equals("?")) {
                if (r.leadIns().isEmpty()) {
                    return null; // the sentence ended: what follows is not an attribution
                }
                ended = true;
            }
            dash |= p.equals("—") || p.equals("–") || p.equals("-");
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        if (ended) {
            return leadIn(t, k, r);
        }
        if (r.english()) {
            if (r.verbs().contains(t.get(k).lower())) {
                return name(t, k + 1, true, r);
            }
        } else {
            if (r.accordingTo().contains(t.get(k).lower())) {
                return nameAfter(t, k + 1, r);
            }
            String verbFirst = verbFirst(t, k, r);
            if (verbFirst != null) {
                return verbFirst;
            }
        }
        if (r.pronouns().contains(t.get(k).lower())) {
            int v = skipAuxiliaries(t, k + 1, r);
            return v < t.size() && r.verbs().contains(t.get(v).lower()) ? PRONOUN : null;
        }
        int end = nameEnd(t, k);
        if (end == k) {
            return null;
        }
        int role = end;
        while (role < t.size() && t.get(role).isWord() && isTitle(t.get(role), r)) {
            role++;
        }
        if (role > end && nameEnd(t, role) > role) {
            k = role; // "…,” City manager Pep Guardiola told reporters"
            end = nameEnd(t, role);
        }
        int v = skipAuxiliaries(t, end, r);
        if ((v < t.size() && r.verbs().contains(t.get(v).lower())) || (dash && (end == t.size() || t.get(end).kind() == Token.Kind.PUNCT))) {
            return name(t, k, false, r);
        }
        return null;
    }

    /**
     * The speaker when the tokens at {@code k} start with a speech verb, maybe after an auxiliary
     * ("a déclaré", "ha detto", "sagte"): a name or role and name after it, {@link #PRONOUN} for a
     * pronoun ("sagte er", "a-t-il déclaré", "dit-il") or, in the languages that drop the subject,
     * for nothing ("«…», dijo."); {@link #ROLE} when there is a verb but no name right after it
     * ("sagte der Minister"); null when there is no verb.
     */
    private static String verbFirst(List<Token> t, int k, QuoteRules r) {
        int v = skipAuxiliaries(t, k, r);
        if (v < t.size() && v > k && t.get(v).lower().equals("t") && t.get(v).hyphenBefore() && v + 1 < t.size()
                && r.pronouns().contains(t.get(v + 1).lower())) {
            int after = skipAuxiliaries(t, v + 2, r); // "a-t-il déclaré"
            return after < t.size() && r.verbs().contains(t.get(after).lower()) ? PRONOUN : ROLE;
        }
        if (v >= t.size() || !r.verbs().contains(t.get(v).lower())) {
            return null;
        }
        int after = skipAuxiliaries(t, v + 1, r);
        if (after >= t.size() || t.get(after).kind() == Token.Kind.PUNCT) {
            return PRONOUN;
        }
        Token next = t.get(after);
        if (r.pronouns().contains(next.lower())) {
            return PRONOUN;
        }
        if (next.isCapitalized() || r.articles().contains(next.lower()) || isTitle(next, r)) {
            String name = nameAfter(t, after, r);
            return name == null ? ROLE : name;
        }
        return dropsSubject(r) ? PRONOUN : ROLE; // "dijo a la prensa"
    }

    private static boolean dropsSubject(QuoteRules r) {
        return r.language().equals("es") || r.language().equals("pt") || r.language().equals("it");
    }

    /** Italian wire style: "«…». Lo ha detto Mario Rossi", "«…». Così il ministro Mario Rossi". */
    private static String leadIn(List<Token> t, int k, QuoteRules r) {
        String first = t.get(k).lower();
        if (!r.leadIns().contains(first)) {
            return null;
        }
        if (first.equals("lo")) {
            int v = skipAuxiliaries(t, k + 1, r);
            if (v >= t.size() || v == k + 1 || !r.verbs().contains(t.get(v).lower())) {
                return null;
            }
            String name = nameAfter(t, v + 1, r);
            return name != null ? name : ROLE;
        }
        String name = nameAfter(t, k + 1, r);
        return name != null ? name : ROLE;
    }

    /**
     * A name after an article and role: "le président Emmanuel Macron", "der Bundeskanzler Olaf
     * Scholz", "il presidente della Repubblica, Sergio Mattarella"; null for a role alone.
     */
    private static String nameAfter(List<Token> t, int i, QuoteRules r) {
        int k = i;
        boolean article = k < t.size() && r.articles().contains(t.get(k).lower());
        if (article) {
            k++;
        }
        boolean role = false;
        while (k < t.size() && t.get(k).isWord() && isTitle(t.get(k), r)) {
            k++;
            role = true;
        }
        if ((article || role) && k < t.size() && !t.get(k).isCapitalized()) {
            // "il presidente della Repubblica, Sergio Mattarella": the name after the comma
            for (int c = k; c < t.size() && c - k < 10; c++) {
                if (t.get(c).isPunct(',')) {
                    return c + 1 < t.size() && t.get(c + 1).isCapitalized() ? name(t, c + 1, false, r) : null;
                }
            }
            return null;
        }
        if (k >= t.size() || !t.get(k).isCapitalized()) {
            return null;
        }
        return name(t, k, false, r);
    }

    /** A title or role word; in German also a compound ending in one ("Innenministerin"). */
    private static boolean isTitle(Token t, QuoteRules r) {
        if (t.isPersonTitle()) {
            return true;
        }
        if (r.titleSuffixes().isEmpty() || !t.isCapitalized()) {
            return false;
        }
        for (String suffix : r.titleSuffixes()) {
            if (t.lower().endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** "Putin remarked, “…", "Kim Jong told Putin, “…", "Putin said in his speech: “…", "said Putin: “…". */
    private static String speakerBefore(String s, int open, QuoteRules r, Lexicon lexicon) {
        int from = open;
        int limit = Math.max(0, open - CONTEXT_CHARS);
        while (from > limit) {
            char c = s.charAt(from - 1);
            if (c == '\n' || QUOTE_CHARS.indexOf(c) >= 0 || (c == '’' && r.english())
                    || ((c == '.' || c == '!' || c == '?') && from < open && Character.isWhitespace(s.charAt(from)))) {
                break;
            }
            from--;
        }
        List<Token> t = Tokenizer.tokenize(s, from, open, lexicon);
        if (!r.english()) {
            // "Secondo Ciotti «…»", "Laut Brieger „…“"
            for (int a = Math.max(0, t.size() - 6); a < t.size() - 1; a++) {
                if (r.accordingTo().contains(t.get(a).lower()) && t.get(a + 1).isCapitalized()) {
                    String name = name(t, a + 1, false, r);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        for (int v = t.size() - 1; v >= 0 && t.size() - v <= 7; v--) {
            if (!r.verbs().contains(t.get(v).lower())) {
                continue;
            }
            int subjectEnd = v;
            while (subjectEnd > 0 && r.auxiliaries().contains(t.get(subjectEnd - 1).lower())) {
                subjectEnd--;
            }
            if (subjectEnd > 0 && r.pronouns().contains(t.get(subjectEnd - 1).lower())) {
                return PRONOUN;
            }
            int start = subjectEnd;
            while (start > 0 && isNameToken(t.get(start - 1))) {
                start--;
                if (!r.english()) {
                    continue;
                }
                if (start >= 2 && t.get(start - 1).text().equals("the") && t.get(start - 2).text().equals("of")
                        && start >= 3 && isNameToken(t.get(start - 3))) {
                    start -= 2; // "Friedrich Merz of the Christian Democratic Union said"
                } else if (start >= 2 && t.get(start - 1).text().equals("of") && isNameToken(t.get(start - 2))) {
                    start -= 1;
                }
            }
            if (start < subjectEnd) {
                String name = name(t, start, false, r);
                if (name != null) {
                    return name;
                }
            }
            if (r.english()) {
                return name(t, v + 1, true, r);
            }
            String after = nameAfter(t, v + 1, r);
            if (after == null && dropsSubject(r) && subjectEnd == v && v + 1 < t.size() && t.get(v + 1).isPunct(':')) {
                return PRONOUN; // "E poi a La Stampa oggi dichiara: «…»"
            }
            return after;
        }
        return null;
    }

    private static int skipAuxiliaries(List<Token> t, int k, QuoteRules r) {
        while (k < t.size() && r.auxiliaries().contains(t.get(k).lower())) {
            k++;
        }
        return k;
    }

    private static boolean isNameToken(Token t) {
        return t.isCapitalized() || (t.isWord() && t.hyphenBefore()) || t.kind() == Token.Kind.CLITIC;
    }

    private static int nameEnd(List<Token> t, int k) {
        int end = k;
        while (end < t.size() && end - k < 6 && (t.get(end).isCapitalized() || (end > k && t.get(end).isWord()
                && t.get(end).hyphenBefore()))) {
            end++;
        }
        return end;
    }

    /**
     * The person name starting at {@code k}: capitalised words, minus a leading article and anything
     * up to a title ("Russian President Vladimir Putin" is "Vladimir Putin"); null when there is none.
     */
    private static String name(List<Token> t, int k, boolean skipArticle, QuoteRules r) {
        if (skipArticle && k < t.size() && r.articles().contains(t.get(k).lower())) {
            return null; // "said the minister": a role, not a name
        }
        int end = nameEnd(t, k);
        int start = k;
        for (int i = k; i < end; i++) {
            if (isTitle(t.get(i), r)) {
                start = i + 1;
            }
        }
        while (start < end && (r.articles().contains(t.get(start).lower()) || r.english() && t.get(start).lower().equals("i"))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token tok = t.get(i);
            if (i > start && !tok.hyphenBefore()) {
                sb.append(' ');
            } else if (tok.hyphenBefore() && i > start) {
                sb.append('-');
            }
            sb.append(tok.text());
        }
        return sb.toString();
    }

    /** Attributed first-person sentences without quote marks. */
    private static void unmarked(String body, TokenizedText tokenized, List<Found> found) {
        List<String> sentences = tokenized.sentences();
        int searchFrom = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<Token> t = tokenized.tokens().get(i);
            if (hasQuoteMark(sentence) || !firstPerson(t)) {
                continue;
            }
            int found0 = found.size();
            attributedAtEnd(sentence, t, found);
            if (found.size() == found0) {
                attributedAtStart(sentence, t, found);
            }
            if (found.size() > found0) {
                int at = body.indexOf(sentence, searchFrom);
                int position = at >= 0 ? at : searchFrom;
                searchFrom = at >= 0 ? at + sentence.length() : searchFrom;
                Found f = found.remove(found.size() - 1);
                found.add(new Found(position, f.text(), f.speaker()));
            }
        }
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTE_CHARS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstPerson(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isStopWord() && FIRST_PERSON.contains(tok.lower())
                    || (tok.lower().equals("let") && i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.CLITIC)) {
                return true;
            }
        }
        return false;
    }

    /** "…, said Putin." / "…, Putin said." / "… – Putin." */
    private static void attributedAtEnd(String sentence, List<Token> t, List<Found> found) {
        int end = t.size();
        while (end > 0 && t.get(end - 1).kind() == Token.Kind.PUNCT && ".!".contains(t.get(end - 1).text())) {
            end--;
        }
        for (int sep = end - 2; sep > 0 && end - sep <= 6; sep--) {
            Token s = t.get(sep);
            boolean comma = s.isPunct(',');
            boolean dash = s.isPunct('–') || s.isPunct('—');
            if (!comma && !dash) {
                continue;
            }
            List<Token> tail = t.subList(sep + 1, end);
            String speaker = null;
            if (comma && QuoteRules.ENGLISH.verbs().contains(tail.get(0).lower()) && nameEnd(tail, 1) == tail.size()) {
                speaker = name(tail, 1, true, QuoteRules.ENGLISH);
            } else if (comma && tail.size() >= 2 && QuoteRules.ENGLISH.verbs().contains(tail.get(tail.size() - 1).lower())
                    && nameEnd(tail, 0) == tail.size() - 1) {
                speaker = name(tail, 0, false, QuoteRules.ENGLISH);
            } else if (dash && nameEnd(tail, 0) == tail.size()) {
                speaker = name(tail, 0, false, QuoteRules.ENGLISH);
            }
            if (speaker != null) {
                String text = sentence.substring(0, t.get(sep).start()).strip();
                if (words(text) >= 4 && firstPerson(t.subList(0, sep))) {
                    found.add(new Found(0, text, speaker));
                }
                return;
            }
        }
    }

    /** "Putin said, let me remind you …" (but not "Kim said that …"). */
    private static void attributedAtStart(String sentence, List<Token> t, List<Found> found) {
        int end = nameEnd(t, 0);
        if (end == 0) {
            return;
        }
        int v = skipAuxiliaries(t, end, QuoteRules.ENGLISH);
        if (v + 2 < t.size() && QuoteRules.ENGLISH.verbs().contains(t.get(v).lower()) && t.get(v + 1).isPunct(',')
                && !t.get(v + 2).lower().equals("that")) {
            String speaker = name(t, 0, false, QuoteRules.ENGLISH);
            String text = sentence.substring(t.get(v + 2).start()).strip();
            if (speaker != null && words(text) >= 4 && firstPerson(t.subList(v + 2, t.size()))) {
                found.add(new Found(0, text, speaker));
            }
        }
    }

    /** A person or organisation of the article, with its name's words as {@link #canonical} compares them. */
    private record Named(String text, List<String> words) {
    }

    /** The people and organisations, their names split once per article rather than once per speaker. */
    private static List<Named> named(List<Entity> entities) {
        List<Named> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                out.add(new Named(e.text(), nameWords(e.text())));
            }
        }
        return out;
    }

    private static List<String> nameWords(String name) {
        return Arrays.asList(name.toLowerCase(Locale.ROOT).replace('-', ' ').split(" "));
    }

    /** The article's full name for a speaker when exactly one person or organisation fits it. */
    private static String canonical(String speaker, List<Named> known) {
        List<String> words = nameWords(speaker);
        String match = null;
        for (Named e : known) {
            List<String> name = e.words();
            int n = words.size();
            int m = name.size();
            boolean fits = m >= n && (name.subList(0, n).equals(words) || name.subList(m - n, m).equals(words));
            if (fits) {
                if (match != null && !match.equals(e.text())) {
                    return speaker;
                }
                match = e.text();
            }
        }
        return match != null ? match : speaker;
    }
}
