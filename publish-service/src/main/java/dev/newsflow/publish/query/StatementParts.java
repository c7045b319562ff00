package dev.newsflow.publish.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
}
