package dev.newsflow.publish.query;

import dev.newsflow.publish.filter.TextQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** SQL assembled piece by piece with its positional parameters beside it, so they cannot drift apart. */
record StatementParts(StringBuilder sql, List<Object> params) {

    StatementParts(String sql, Collection<?> params) {
        this(new StringBuilder(sql), new ArrayList<>(params));
    }

    StatementParts append(String fragment, Object... values) {
        sql.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    StatementParts appendAll(String fragment, Collection<?> values) {
        sql.append(fragment);
        params.addAll(values);
        return this;
    }

    /** One statement per arm of a text query, joined by {@code UNION ALL} (the arms are disjoint). */
    StatementParts union(List<TextQuery.Arm> arms, Consumer<TextQuery.Arm> arm) {
        for (int i = 0; i < arms.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            arm.accept(arms.get(i));
        }
        return this;
    }
}
