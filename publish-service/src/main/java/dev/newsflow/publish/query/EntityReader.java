package dev.newsflow.publish.query;

import dev.newsflow.contracts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entities by how many articles mention them, from the counters the store keeps per entity. */
@Repository
class EntityReader {

    private final JdbcClient jdbc;

    EntityReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EntityCount> list(EntityType type, String prefix, int limit) {
        StringBuilder sql = new StringBuilder("SELECT name, type, articles FROM entity_stats WHERE articles > 0");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            sql.append(" AND type = ?");
            params.add(type.name());
        }
        if (prefix != null) {
            sql.append(" AND lower(name) LIKE ? ESCAPE '\\'");
            params.add(likePrefix(prefix));
        }
        sql.append(" ORDER BY articles DESC, name, type LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new EntityCount(rs.getString("name"), EntityType.valueOf(rs.getString("type")),
                        rs.getLong("articles")))
                .list();
    }

    /** The caller's text matches literally: LIKE's wildcards in it are escaped. */
    static String likePrefix(String prefix) {
        return prefix.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
