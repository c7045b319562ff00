package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads the store for the API; newest first means highest seq, the order articles were first stored. */
@Repository
class ArticleReader {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CursorCodec cursors;

    ArticleReader(JdbcClient jdbc, JsonMapper json, CursorCodec cursors) {
        this.jdbc = jdbc;
        this.json = json;
        this.cursors = cursors;
    }

    Optional<EnrichedArticle> find(String id) {
        return jdbc.sql("SELECT CAST(doc AS text) FROM articles WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(doc -> json.readValue(doc, EnrichedArticle.class));
    }

    ArticlePage list(ListRequest request) {
        StringBuilder sql = new StringBuilder("SELECT seq, CAST(doc AS text) AS doc FROM articles WHERE true");
        List<Object> params = new ArrayList<>();
        if (request.before() != null) {
            sql.append(" AND seq < ?");
            params.add(request.before());
        }
        if (request.language() != null) {
            sql.append(" AND language = ?");
            params.add(request.language());
        }
        if (request.source() != null) {
            sql.append(" AND source = ?");
            params.add(request.source());
        }
        if (request.category() != null) {
            sql.append(" AND category = ?");
            params.add(request.category().name());
        }
        // one extra row says whether there is a next page
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(request.limit() + 1);
        List<Row> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("seq"), rs.getString("doc")))
                .list();
        boolean more = rows.size() > request.limit();
        List<Row> page = more ? rows.subList(0, request.limit()) : rows;
        List<EnrichedArticle> items = page.stream().map(row -> json.readValue(row.doc(), EnrichedArticle.class)).toList();
        String next = more ? cursors.encode(page.get(page.size() - 1).seq(), request.fingerprint()) : null;
        return new ArticlePage(items, next);
    }

    private record Row(long seq, String doc) {
    }
}
