package dev.newsflow.enrichment.entities;

import dev.newsflow.contracts.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every mention of one discovered (not gazetteer) name in an article, keyed by its lower-case tokens. */
final class Candidate {

    final String key;
    final List<String> tokens;
    final int firstSeen;
    private final Map<String, Integer> surfaces = new HashMap<>(2);
    private final int[] votes = new int[EntityType.values().length];
    int mentions;

    Candidate(String key, List<String> tokens, int firstSeen) {
        this.key = key;
        this.tokens = tokens;
        this.firstSeen = firstSeen;
    }

    void add(String surface, EntityType type) {
        add(surface, type, 1);
    }

    /** A mention; {@code weight} votes for its type (a name from a list outweighs a cue). */
    void add(String surface, EntityType type, int weight) {
        mentions++;
        surfaces.merge(surface, 1, Integer::sum);
        if (type != null) {
            votes[type.ordinal()] += weight;
        }
    }

    /** A vote for a type that is no mention of its own (a cue found later). */
    void vote(EntityType type, int weight) {
        votes[type.ordinal()] += weight;
    }

    /** Takes in every mention of {@code other}, a short way of writing this name ("KCNA"), keeping this spelling. */
    void absorb(Candidate other) {
        mentions += other.mentions;
        for (int i = 0; i < votes.length; i++) {
            votes[i] += other.votes[i];
        }
    }

    /** The type most mentions were given, PERSON before ORGANIZATION before LOCATION on a tie; null when untyped. */
    EntityType type() {
        EntityType best = null;
        int bestVotes = 0;
        for (EntityType t : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION}) {
            if (votes[t.ordinal()] > bestVotes) {
                best = t;
                bestVotes = votes[t.ordinal()];
            }
        }
        return best;
    }

    /** The spelling used most often, the longer one on a tie. */
    String surface() {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            String s = e.getKey();
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && (s.length() > best.length()
                    || (s.length() == best.length() && s.compareTo(best) < 0)))) {
                best = s;
                bestCount = c;
            }
        }
        return best;
    }
}
