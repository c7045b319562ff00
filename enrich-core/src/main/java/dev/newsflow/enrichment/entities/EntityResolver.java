package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.enrichment.lexicon.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one article's mentions into entities: gazetteer names under their canonical form,
 * ambiguous names ("Korea") under the one candidate the article mentions, and discovered names
 * merged with their shorter forms. A shorter person name that is the start or the end of exactly
 * one longer person name in the article is that person ("Putin" and "Vladimir" of "Vladimir Putin",
 * "Kim Jong" and "Kim" of "Kim Jong Un"); when it fits several ("Kim" with both "Kim Jong Un" and
 * "Kim Yo Jong") it is dropped rather than credited to the wrong one.
 */
final class EntityResolver {

    private static final class Resolved {
        final String text;
        final EntityType type;
        int count;

        Resolved(String text, EntityType type) {
            this.text = text;
            this.type = type;
        }
    }

    private static final int MAX_KNOWN_LENGTH = 6;

    private final Gazetteer gaz;
    private final Map<String, Resolved> byName = new LinkedHashMap<>();
    private final Map<Gazetteer.Entry, Resolved> ambiguousTargets = new HashMap<>();
    /** Lower-case token keys of every discovered spelling, to its entity. */
    private final Map<String, Resolved> aliases = new HashMap<>();
    /** First and last names of the article's people, when only one person has them. */
    private final Map<String, Resolved> nameParts = new HashMap<>();

    EntityResolver(Gazetteer gaz, MentionScanner scanner) {
        this.gaz = gaz;
        List<Map.Entry<Gazetteer.Entry, Integer>> ambiguous = new ArrayList<>();
        List<Map.Entry<Gazetteer.Entry, Integer>> demonyms = new ArrayList<>();
        for (Map.Entry<Gazetteer.Entry, Integer> e : scanner.gazetteerCounts.entrySet()) {
            if (e.getKey().kind() == Gazetteer.Kind.AMBIGUOUS) {
                ambiguous.add(e);
            } else if (e.getKey().kind() == Gazetteer.Kind.DEMONYM) {
                demonyms.add(e);
            } else {
                resolved(e.getKey().canonical(), e.getKey().type()).count += e.getValue();
            }
        }
        for (Map.Entry<Gazetteer.Entry, Integer> e : demonyms) {
            // "Russian troops" counts for Russia when the article names Russia, but alone it names no place
            Resolved country = byName.get(EntityType.LOCATION + "\u0000" + e.getKey().canonical());
            if (country != null) {
                country.count += e.getValue();
            }
        }
        for (Map.Entry<Gazetteer.Entry, Integer> e : ambiguous) {
            Resolved target = ambiguousTarget(e.getKey());
            if (target != null) {
                target.count += e.getValue();
            }
        }
        scanner.foldAcronyms();
        mergeDiscovered(scanner.candidates.values());
    }

    private Resolved resolved(String text, EntityType type) {
        return byName.computeIfAbsent(type + "\u0000" + text, k -> new Resolved(text, type));
    }

    private Resolved ambiguousTarget(Gazetteer.Entry entry) {
        if (ambiguousTargets.containsKey(entry)) {
            return ambiguousTargets.get(entry);
        }
        Resolved only = null;
        int present = 0;
        for (String candidate : entry.candidates()) {
            Resolved r = byName.get(EntityType.LOCATION + "\u0000" + candidate);
            if (r != null && r.count > 0) {
                only = r;
                present++;
            }
        }
        Resolved target = present == 1 ? only
                : entry.fallback() == null ? null : resolved(entry.fallback(), EntityType.LOCATION);
        ambiguousTargets.put(entry, target);
        return target;
    }

    private void mergeDiscovered(Iterable<Candidate> all) {
        List<Candidate> persons = new ArrayList<>();
        List<Candidate> otherTyped = new ArrayList<>();
        List<Candidate> untyped = new ArrayList<>();
        for (Candidate c : all) {
            EntityType type = c.type();
            if (type == EntityType.PERSON) {
                persons.add(c);
            } else if (type != null) {
                otherTyped.add(c);
            } else {
                untyped.add(c);
            }
        }
        persons.sort(Comparator.comparingInt((Candidate c) -> -c.tokens.size())
                .thenComparingInt(c -> -c.mentions).thenComparingInt(c -> c.firstSeen));
        Map<Candidate, Candidate> rootOf = new LinkedHashMap<>();
        List<Candidate> personRoots = new ArrayList<>();
        for (Candidate p : persons) {
            Set<Candidate> fits = fits(p, personRoots, true);
            if (fits.isEmpty()) {
                personRoots.add(p);
                rootOf.put(p, p);
            } else if (fits.size() == 1) {
                rootOf.put(p, fits.iterator().next());
            }
        }
        for (Candidate c : otherTyped) {
            // "Clinton" typed as a town where the article names Bill Clinton is Bill Clinton
            Set<Candidate> person = c.tokens.size() == 1 ? fits(c, personRoots, true) : Set.of();
            Candidate root = person.size() == 1 ? person.iterator().next() : c;
            if (root == c && c.tokens.size() == 1) {
                // "Leicester" of "Leicester City", "Civic" of "Civic Party": the start of one longer
                // name of the same type
                Set<Candidate> longer = new LinkedHashSet<>();
                for (Candidate o : fits(c, otherTyped, false)) {
                    if (o.type() == c.type()) {
                        longer.add(o);
                    }
                }
                root = longer.size() == 1 ? longer.iterator().next() : c;
            }
            rootOf.put(c, root);
        }
        for (Candidate u : untyped) {
            Set<Candidate> fits = fits(u, personRoots, true);
            if (fits.isEmpty()) {
                fits = fits(u, otherTyped, false);
            }
            if (fits.size() == 1) {
                rootOf.put(u, fits.iterator().next());
            }
        }
        Map<Candidate, Resolved> entities = new HashMap<>();
        for (Map.Entry<Candidate, Candidate> e : rootOf.entrySet()) {
            Candidate root = e.getValue();
            Resolved r = entities.computeIfAbsent(root, k -> resolved(k.surface(), k.type()));
            r.count += e.getKey().mentions;
            aliases.put(e.getKey().key, r);
        }
        Set<String> shared = new java.util.HashSet<>();
        for (Candidate root : personRoots) {
            if (root.tokens.size() < 2) {
                continue;
            }
            Resolved r = entities.get(root);
            for (String part : List.of(root.tokens.get(0), root.tokens.get(root.tokens.size() - 1))) {
                Resolved before = nameParts.putIfAbsent(part, r);
                if (before != null && before != r) {
                    shared.add(part);
                }
            }
        }
        nameParts.keySet().removeAll(shared);
    }

    /** The roots that {@code c} is the first words of (or, when {@code suffixToo}, also the last words of). */
    private static Set<Candidate> fits(Candidate c, List<Candidate> roots, boolean suffixToo) {
        Set<Candidate> out = new LinkedHashSet<>();
        int n = c.tokens.size();
        for (Candidate r : roots) {
            int m = r.tokens.size();
            if (m <= n) {
                continue;
            }
            if (r.tokens.subList(0, n).equals(c.tokens) || (suffixToo && r.tokens.subList(m - n, m).equals(c.tokens))) {
                out.add(r);
            } else if (suffixToo && n >= 2 && c.tokens.get(0).equals(r.tokens.get(0))
                    && c.tokens.get(1).equals(r.tokens.get(m - 1))) {
                out.add(r); // "Te Kaurinui Parata" of "Te Kaurinui Robert Parata"... first and last name
            }
        }
        return out;
    }

    /**
     * Counts, in a headline-case line, the gazetteer names and the names the article's own sentences
     * established; nothing new is discovered there.
     */
    void countKnown(List<Token> tokens) {
        int n = tokens.size();
        int i = 0;
        StringBuilder key = new StringBuilder();
        while (i < n) {
            if (!tokens.get(i).isCapitalized()) {
                i++;
                continue;
            }
            Gazetteer.Match m = gaz.longest(tokens, i, n);
            if (m != null) {
                Gazetteer.Entry entry = m.entry();
                Resolved r = entry.kind() == Gazetteer.Kind.AMBIGUOUS ? ambiguousTarget(entry)
                        : entry.kind() == Gazetteer.Kind.DEMONYM || entry.kind() == Gazetteer.Kind.SOFT
                        ? byName.get(entry.type() + "\u0000" + entry.canonical())
                        : resolved(entry.canonical(), entry.type());
                if (r != null) {
                    r.count++;
                }
                i += m.length();
                continue;
            }
            int matched = 0;
            for (int len = Math.min(MAX_KNOWN_LENGTH, n - i); len >= 1 && matched == 0; len--) {
                key.setLength(0);
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        key.append(' ');
                    }
                    key.append(tokens.get(k).lower());
                }
                Resolved r = aliases.get(key.toString());
                if (r != null) {
                    r.count++;
                    matched = len;
                }
            }
            if (matched == 0) {
                // "Powell" in a headline is the article's Jerome Powell even if the body never says "Powell" alone
                Resolved r = nameParts.get(tokens.get(i).lower());
                if (r != null && !aliases.containsKey(tokens.get(i).lower())) {
                    r.count++;
                }
            }
            i += Math.max(1, matched);
        }
    }

    /** Counts the curated gazetteer names of a line, and nothing else. */
    void countKnownNames(List<Token> tokens) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Gazetteer.Match m = tokens.get(i).isCapitalized() ? gaz.longest(tokens, i, n) : null;
            if (m == null) {
                i++;
                continue;
            }
            Gazetteer.Entry entry = m.entry();
            if (entry.kind() == Gazetteer.Kind.NAME) {
                resolved(entry.canonical(), entry.type()).count++;
            }
            i += m.length();
        }
    }

    List<Entity> entities(int max) {
        List<Entity> out = new ArrayList<>();
        for (Resolved r : byName.values()) {
            if (r.count > 0) {
                out.add(new Entity(r.text, r.type, r.count));
            }
        }
        out.sort(Comparator.comparingInt(Entity::count).reversed().thenComparing(Entity::text)
                .thenComparing(Entity::type));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }
}
