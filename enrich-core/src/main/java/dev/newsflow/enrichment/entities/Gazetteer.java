package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.enrichment.lexicon.Token;
import dev.newsflow.enrichment.lexicon.Tokenizer;
import dev.newsflow.enrichment.lexicon.WordLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and cue words that ship with the project, loaded once per JVM into hash maps:
 * a token trie of countries (with aliases and demonyms), places and organisations, and the word
 * sets that type a capitalised run (titles, organisation and place words, given names, speech verbs).
 */
final class Gazetteer {

    /** What a gazetteer name stands for. */
    enum Kind {
        /** A name of the entity itself. */
        NAME,
        /** "Russian", "North Korean": counts as a mention of its country. */
        DEMONYM,
        /** "Korea": resolved per article to the one candidate it mentions. */
        AMBIGUOUS,
        /**
         * A name from the large open-data lists (towns, companies): it types a run only when the run
         * holds nothing else ("Paris Hilton" is not Paris), and the article's spelling is kept.
         */
        SOFT
    }

    record Entry(String canonical, EntityType type, Kind kind, List<String> candidates, String fallback) {
    }

    record Match(Entry entry, int length) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
        /** Per token: must the text be in capitals (acronyms such as "US", "WHO")? */
        boolean[] upper;
        /** A club name that is a club only in a sports report. */
        boolean sportOnly;
    }

    /** Words that may join the parts of one name: "Republic of Korea", "Bashar al-Assad". */
    static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "du", "des", "da", "do", "dos",
            "das", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "y", "&");
    /** The connectors that do not belong to a person's name ("Kim Jong Un of North Korea"). */
    static final Set<String> BREAKING_CONNECTORS = Set.of("of", "the", "and", "for", "&");

    /** Created after the constant sets above, which its constructor reads. */
    static final Gazetteer INSTANCE = new Gazetteer();

    final Set<String> titles = WordLists.load(WordLists.class, "person-titles.txt");
    final Set<String> speechVerbs = WordLists.load(Gazetteer.class, "speech-verbs.txt");
    final Set<String> organizationWords = WordLists.load(Gazetteer.class, "organization-words.txt");
    final Set<String> placeWords = WordLists.load(Gazetteer.class, "place-words.txt");
    final Set<String> functionWords = WordLists.load(Gazetteer.class, "function-words.txt");
    /** Given names, less the particles some lists hold as names ("Von", "Del"). */
    final Set<String> firstNames = without(union(WordLists.load(Gazetteer.class, "first-names.txt"),
            WordLists.load(Gazetteer.class, "given-names.txt")), CONNECTORS, Set.of());
    final Set<String> surnames = WordLists.load(Gazetteer.class, "surnames.txt");
    final Set<String> miscWords = WordLists.load(Gazetteer.class, "misc-words.txt");
    /** Hash codes of lower-case English words, sorted (a compact set: {@link #isEnglishWord}). */
    private final int[] englishWords = loadHashes("english-words.txt.gz");
    final Set<String> personRoles = WordLists.load(Gazetteer.class, "person-roles.txt");

    private final Node root = new Node();
    private int maxLength;
    /**
     * A bit per {@code hashCode} (low 16 bits) of the first words of names: most tokens start no
     * name, and the bit, in a table small enough to stay in cache, says so without probing the
     * large root map.
     */
    private final long[] firstWordHashes = new long[1 << 10];

    private final Map<String, Entry> countries = new HashMap<>();

    private Gazetteer() {
        for (String line : WordLists.lines(Gazetteer.class, "countries.txt")) {
            String[] f = fields(line, 3);
            Entry country = new Entry(f[0], EntityType.LOCATION, Kind.NAME, List.of(), null);
            countries.put(f[0], country);
            add(f[0], country);
            for (String alias : items(f[1])) {
                add(alias, country);
            }
            Entry demonym = new Entry(f[0], EntityType.LOCATION, Kind.DEMONYM, List.of(), null);
            for (String d : items(f[2])) {
                add(d, demonym);
                if (!d.endsWith("ese") && !d.endsWith("sh") && !d.endsWith("ch") && !d.endsWith("s")
                        && !d.endsWith("x") && !d.endsWith("ss")) {
                    add(d + "s", demonym);
                }
            }
        }
        for (String line : WordLists.lines(Gazetteer.class, "ambiguous-places.txt")) {
            String[] f = fields(line, 3);
            add(f[0], new Entry(f[0], EntityType.LOCATION, Kind.AMBIGUOUS, items(f[1]), f[2].isEmpty() ? null : f[2]));
        }
        for (String line : WordLists.lines(Gazetteer.class, "countries-i18n.txt")) {
            String[] f = fields(line, 2);
            Entry country = countries.get(f[0]);
            if (country != null) {
                for (String alias : items(f[1])) {
                    addIfAbsent(alias, country);
                }
            }
        }
        loadNames("organizations.txt", EntityType.ORGANIZATION);
        loadNames("places.txt", EntityType.LOCATION);
        for (String line : WordLists.lines(Gazetteer.class, "world-places.txt")) {
            addIfAbsent(line, new Entry(line, EntityType.LOCATION, Kind.SOFT, List.of(), null));
        }
        for (String line : WordLists.lines(Gazetteer.class, "world-organizations.txt")) {
            addIfAbsent(line, new Entry(line, EntityType.ORGANIZATION, Kind.SOFT, List.of(), null));
        }
        for (String line : WordLists.lines(Gazetteer.class, "wordnet-organizations.txt")) {
            String[] f = fields(line, 2);
            Entry entry = new Entry(f[0], EntityType.ORGANIZATION, Kind.NAME, List.of(), null);
            addIfAbsent(f[0], entry);
            for (String alias : items(f[1])) {
                addIfAbsent(alias, entry);
            }
        }
        for (String line : WordLists.lines(Gazetteer.class, "wordnet-places.txt")) {
            addIfAbsent(line, new Entry(line, EntityType.LOCATION, Kind.SOFT, List.of(), null));
        }
        for (String first : root.next.keySet()) {
            int bit = first.hashCode() & 0xFFFF;
            firstWordHashes[bit >>> 6] |= 1L << (bit & 63);
        }
        for (String line : WordLists.lines(Gazetteer.class, "football-clubs.txt")) {
            String[] f = fields(line, 2);
            Entry club = new Entry(f[0], EntityType.ORGANIZATION, Kind.SOFT, List.of(), null);
            addClub(f[0], club);
            for (String alias : items(f[1])) {
                addClub(alias, club);
            }
        }
    }

    /**
     * Football clubs, in a trie of their own: a club named like a town ("Leicester", "Milan") or by
     * one word ("Standard", "Inter") is a club only in a sports report ({@link #club}); a longer name
     * that is no place ("Aston Villa", "PSV Eindhoven") is a club anywhere.
     */
    private final Node clubs = new Node();

    private void addClub(String name, Entry club) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(name)) {
            if (t.kind() != Token.Kind.PUNCT || t.text().equals("&")) {
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return;
        }
        Node node = clubs;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.lower(), k -> new Node());
        }
        if (node.entry == null) {
            Match place = longest(tokens, 0, tokens.size());
            boolean anywhere = tokens.size() > 1 && (place == null || place.length() < tokens.size());
            node.entry = club;
            node.sportOnly = !anywhere;
        }
    }

    /**
     * The longest football club name starting at {@code from}: in a sports report any, elsewhere only
     * the names that are no place and no single word.
     */
    Match club(List<Token> tokens, int from, int to, boolean sport) {
        Node node = clubs;
        Match best = null;
        for (int i = from; i < to && i < from + 6; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("&")) {
                break;
            }
            node = node.next.get(t.lower());
            if (node == null) {
                break;
            }
            if (node.entry != null && tokens.get(from).isCapitalized() && (sport || !node.sportOnly)) {
                best = new Match(node.entry, i - from + 1);
            }
        }
        return best;
    }

    private boolean mayStartName(String lower) {
        int bit = lower.hashCode() & 0xFFFF;
        return (firstWordHashes[bit >>> 6] & (1L << (bit & 63))) != 0;
    }

    private void loadNames(String resource, EntityType type) {
        for (String line : WordLists.lines(Gazetteer.class, resource)) {
            String[] f = fields(line, 2);
            Entry entry = new Entry(f[0], type, Kind.NAME, List.of(), null);
            add(f[0], entry);
            for (String alias : items(f[1])) {
                add(alias, entry);
            }
        }
    }

    boolean isCountry(Entry entry) {
        return countries.get(entry.canonical()) == entry;
    }

    /** Is this lower-case word an everyday English word (a hash match: rare false hits do no harm)? */
    boolean isEnglishWord(String lower) {
        return java.util.Arrays.binarySearch(englishWords, lower.hashCode()) >= 0;
    }

    private static int[] loadHashes(String resource) {
        try (java.io.InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(in), java.nio.charset.StandardCharsets.UTF_8));
            int[] hashes = new int[1 << 16];
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (n == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = line.hashCode();
            }
            int[] out = java.util.Arrays.copyOf(hashes, n);
            java.util.Arrays.sort(out);
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Set<String> without(Set<String> words, Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(words);
        out.removeAll(a);
        out.removeAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Adds a name from an open-data list unless a curated list already holds it. */
    private void addIfAbsent(String name, Entry entry) {
        Node node = root;
        for (Token t : Tokenizer.tokenize(name)) {
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("&")) {
                continue;
            }
            node = node == null ? null : node.next.get(t.lower());
        }
        if (node == null || node.entry == null) {
            add(name, entry);
        }
    }

    private void add(String name, Entry entry) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(name)) {
            if (t.kind() != Token.Kind.PUNCT || t.text().equals("&")) {
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.lower(), k -> new Node());
        }
        boolean[] upper = new boolean[tokens.size()];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = tokens.get(i).isAllCaps();
        }
        if (node.entry == null) {
            node.entry = entry;
            node.upper = upper;
        } else if (node.entry.canonical().equals(entry.canonical())) {
            // "NATO" and "Nato" share a key: capitals are required only where every spelling has them
            for (int i = 0; i < upper.length; i++) {
                node.upper[i] &= upper[i];
            }
        }
        maxLength = Math.max(maxLength, tokens.size());
    }

    /** The longest name starting at {@code from}, not reaching {@code to}; null when none. */
    Match longest(List<Token> tokens, int from, int to) {
        Node node = root;
        Match best = null;
        int limit = Math.min(to, from + maxLength);
        for (int i = from; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("&")) {
                break;
            }
            if (i == from && !mayStartName(t.lower())) {
                break;
            }
            node = node.next.get(t.lower());
            if (node == null) {
                break;
            }
            if (node.entry != null && capitalsMatch(tokens, from, node.upper)
                    && (tokens.get(from).isCapitalized() || tokens.get(from).kind() != Token.Kind.WORD)) {
                best = new Match(node.entry, i - from + 1);
            }
        }
        return best;
    }

    private static boolean capitalsMatch(List<Token> tokens, int from, boolean[] upper) {
        for (int k = 0; k < upper.length; k++) {
            if (upper[k] && !tokens.get(from + k).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    private static String[] fields(String line, int n) {
        String[] parts = line.split("\\|", -1);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < parts.length ? parts[i].strip() : "";
        }
        return out;
    }

    private static List<String> items(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
