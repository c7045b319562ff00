package dev.newsflow.eval;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-document set scoring of entities: the distinct (type, name) pairs found against the gold
 * entities of the document. A found name is right when it is one of the names of a gold entity of
 * the same type that no other found name has matched yet; a second name for an entity already
 * found (an alias not merged) is wrong, and so is a name of the wrong type.
 */
final class EntityScore {

    /** True positives, false positives, false negatives. */
    record Counts(int tp, int fp, int fn) {

        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        boolean empty() {
            return tp + fp + fn == 0;
        }
    }

    /** One document's outcome per type, with the names behind the errors. */
    record Document(String name, Map<EntityType, Counts> counts, List<String> wrong, List<String> missed) {

        Counts total() {
            Counts c = Counts.ZERO;
            for (Counts t : counts.values()) {
                c = c.plus(t);
            }
            return c;
        }
    }

    private EntityScore() {
    }

    static Document score(String doc, List<EntityGold.Entity> gold, List<Entity> found) {
        Map<EntityType, Counts> counts = new EnumMap<>(EntityType.class);
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<EntityGold.Entity> g = gold.stream().filter(e -> e.type() == type).toList();
            Map<String, String> names = new LinkedHashMap<>();
            for (Entity e : found) {
                if (e.type() == type) {
                    names.putIfAbsent(EntityGold.key(e.text()), e.text());
                }
            }
            Set<EntityGold.Entity> matched = new LinkedHashSet<>();
            int tp = 0;
            int fp = 0;
            for (Map.Entry<String, String> n : names.entrySet()) {
                EntityGold.Entity hit = null;
                for (EntityGold.Entity e : g) {
                    if (!matched.contains(e) && e.keys().contains(n.getKey())) {
                        hit = e;
                        break;
                    }
                }
                if (hit != null) {
                    matched.add(hit);
                    tp++;
                } else {
                    fp++;
                    wrong.add(abbrev(type) + " " + n.getValue());
                }
            }
            int fn = 0;
            for (EntityGold.Entity e : g) {
                if (!matched.contains(e)) {
                    fn++;
                    missed.add(abbrev(type) + " " + String.join("|", e.names()));
                }
            }
            counts.put(type, new Counts(tp, fp, fn));
        }
        return new Document(doc, counts, wrong, missed);
    }

    static String abbrev(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case LOCATION -> "LOC";
            case ORGANIZATION -> "ORG";
        };
    }

    /** Micro (pooled) and macro (mean per document) figures over a set of documents, overall and per type. */
    record Summary(Counts micro, double macroF1, Map<EntityType, Counts> microByType, Map<EntityType, Double> macroByType) {

        static Summary of(List<Document> docs) {
            Counts micro = Counts.ZERO;
            double macro = 0;
            int macroDocs = 0;
            Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
            Map<EntityType, Double> macroByType = new EnumMap<>(EntityType.class);
            for (EntityType type : EntityType.values()) {
                Counts c = Counts.ZERO;
                double sum = 0;
                int n = 0;
                for (Document d : docs) {
                    Counts t = d.counts().get(type);
                    c = c.plus(t);
                    if (!t.empty()) {
                        sum += t.f1();
                        n++;
                    }
                }
                byType.put(type, c);
                macroByType.put(type, n == 0 ? Double.NaN : sum / n);
            }
            for (Document d : docs) {
                Counts t = d.total();
                micro = micro.plus(t);
                if (!t.empty()) {
                    macro += t.f1();
                    macroDocs++;
                }
            }
            return new Summary(micro, macroDocs == 0 ? Double.NaN : macro / macroDocs, byType, macroByType);
        }
    }
}
