package dev.newsflow.publish.filter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ArticleFilter} as {@code AND} conditions over {@code articles a}, every value a bound
 * parameter. Made by {@link SearchQueries}, which reads the text query first: as arms for reads of
 * the store, as one match for the stream.
 */
public final class FilterSql {

    private final TextQuery text;
    private final String fields;
    private final List<Object> fieldParams = new ArrayList<>();

    FilterSql(ArticleFilter filter, TextQuery text) {
        this.text = text;
        StringBuilder conditions = new StringBuilder();
        if (filter.entity() != null) {
            conditions.append(" AND EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id"
                    + " AND lower(ae.name) = lower(?)");
            fieldParams.add(filter.entity());
            if (filter.entityType() != null) {
                conditions.append(" AND ae.type = ?");
                fieldParams.add(filter.entityType().name());
            }
            conditions.append(')');
        }
        condition(conditions, " AND a.language = ?", filter.language());
        condition(conditions, " AND a.source = ?", filter.source());
        condition(conditions, " AND a.category = ?", filter.category() == null ? null : filter.category().name());
        condition(conditions, " AND a.dated_at >= ?", utc(filter.from()));
        condition(conditions, " AND a.dated_at < ?", utc(filter.to()));
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
