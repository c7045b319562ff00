package dev.newsflow.publish.filter;

import dev.newsflow.contracts.EntityType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * An {@link ArticleFilter} as {@code AND} conditions over {@code articles a}, every value a bound
 * parameter. Made by {@link SearchQueries}, which reads the text query first: as arms for reads of
 * the store, as one match for the stream.
 */
public final class FilterSql {

    private final TextQuery text;
    private final String fields;
    private final List<Object> fieldParams = new ArrayList<>();

    /**
     * @param entityFirst whether the articles holding the filter's entity are looked up first, in
     *     the GIN index of the keys (see {@link SearchQueries}), rather than checked one by one
     */
    FilterSql(ArticleFilter filter, TextQuery text, boolean entityFirst) {
        this.text = text;
        StringBuilder conditions = new StringBuilder();
        if (filter.entity() != null) {
            // the article's lower-cased 'TYPE:name' keys share one with the entity under any of the
            // types asked for; lower() applies to the whole literal as it did to each key
            String matching = "ek.lookup && CAST(lower(?) AS text[])";
            if (entityFirst) {
                // the planner cannot tell a rare key from a common one: left to itself it may walk
                // every article newest first looking for one that holds none
                conditions.append(" AND a.id = ANY (ARRAY(SELECT ek.article_id FROM article_entity_keys ek WHERE ")
                        .append(matching).append("))");
            } else {
                conditions.append(" AND EXISTS (SELECT 1 FROM article_entity_keys ek WHERE ek.article_id = a.id AND ")
                        .append(matching).append(')');
            }
            fieldParams.add(keyArray(filter.entity(), filter.entityType()));
        }
        condition(conditions, " AND a.language = ?", filter.language());
        condition(conditions, " AND a.source = ?", filter.source());
        condition(conditions, " AND a.category = ?", filter.category() == null ? null : filter.category().name());
        condition(conditions, " AND a.dated_at >= ?", utc(filter.from()));
        condition(conditions, " AND a.dated_at < ?", utc(filter.to()));
        condition(conditions, " AND a.duplicate_of = ?", filter.duplicateOf());
        switch (filter.duplicates()) {
            case EXCLUDE -> conditions.append(" AND a.duplicate_of IS NULL");
            case ONLY -> conditions.append(" AND a.duplicate_of IS NOT NULL");
            case INCLUDE -> { }
        }
        fields = conditions.toString();
    }

    /** The text query, or null when the filter has no {@code q}. */
    public TextQuery text() {
        return text;
    }

    /** Every condition, the text match included; for the stream (see {@link SearchQueries#streamSql}). */
    public String where() {
        return text == null ? fields : " AND a.search @@ CAST(? AS tsquery)" + fields;
    }

    /** The values of {@link #where()}, in order; a copy the caller may append to. */
    public List<Object> params() {
        List<Object> params = new ArrayList<>();
        if (text != null) {
            if (text.match() == null) {
                throw new IllegalStateException("a filter made for reads has arms, not one match");
            }
            params.add(text.match());
        }
        params.addAll(fieldParams);
        return params;
    }

    /** The conditions other than the text match. */
    public String fieldConditions() {
        return fields;
    }

    /** The values of {@link #fieldConditions()}, in order; a copy. */
    public List<Object> fieldParams() {
        return new ArrayList<>(fieldParams);
    }

    /** The entity's key under each type asked for, as an array literal (quoted, so any name is safe). */
    private static String keyArray(String entity, EntityType type) {
        StringJoiner keys = new StringJoiner(",", "{", "}");
        for (EntityType each : typesAsked(type)) {
            String key = each.name() + ':' + entity;
            keys.add('"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return keys.toString();
    }

    /** The entity types a filter asks for: the one named, or every type. */
    static EntityType[] typesAsked(EntityType type) {
        return type == null ? EntityType.values() : new EntityType[] {type};
    }

    private void condition(StringBuilder conditions, String sql, Object value) {
        if (value != null) {
            conditions.append(sql);
            fieldParams.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
