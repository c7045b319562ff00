package dev.newsflow.eval;

import dev.newsflow.contracts.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gold entities of a set of documents, read from a {@code gold.tsv}: one line per entity,
 * {@code DOC <tab> PER|LOC|ORG <tab> name|alias|...}, the first name being how the entity is usually
 * written, the others the other ways the document writes it ("Vladimir Putin|Putin",
 * "United States|U.S."). {@code DOC <tab> NONE} records a document without entities; {@code #}
 * starts a comment.
 */
record EntityGold(Map<String, List<Entity>> documents) {

    /** One gold entity: its type and every name that counts as finding it. */
    record Entity(EntityType type, List<String> names, Set<String> keys) {
    }

    static EntityGold read(Path tsv) throws IOException {
        Map<String, List<Entity>> docs = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            List<Entity> entities = docs.computeIfAbsent(f[0].strip(), k -> new ArrayList<>());
            if (f.length >= 2 && f[1].strip().equals("NONE")) {
                continue;
            }
            if (f.length < 3) {
                throw new IllegalArgumentException(tsv + ":" + lineNo + ": expected DOC, TYPE and names");
            }
            List<String> names = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String name : f[2].split("\\|")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                    keys.add(key(name));
                }
            }
            entities.add(new Entity(type(f[1].strip(), tsv, lineNo), List.copyOf(names), keys));
        }
        return new EntityGold(docs);
    }

    private static EntityType type(String t, Path tsv, int lineNo) {
        return switch (t) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> throw new IllegalArgumentException(tsv + ":" + lineNo + ": unknown type " + t);
        };
    }

    /**
     * How names are compared: case, accents as composed, typographic apostrophes, dots ("U.S." is
     * "US"), a possessive "'s" and a leading "the" do not matter.
     */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace(".", "").replace('‐', '-').replace('–', '-');
        s = s.strip().replaceAll("\\s+", " ");
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
