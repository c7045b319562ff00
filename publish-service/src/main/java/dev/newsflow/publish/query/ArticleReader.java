package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.filter.FilterSql;
import dev.newsflow.publish.filter.SearchQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the store for the API. Newest first means highest seq (the order articles were first
 * stored). With a text query, relevance order (see {@link RankedSearch}). Both orders page by
 * keyset (rank, seq) below the highest seq stored at the first page, with the ranked window fixed
 * at the first page too, so articles stored while a client pages neither shift pages nor get
 * skipped or repeated.
 */
@Repository
class ArticleReader {

    private static final String BOUND_SQL = "SELECT coalesce(max(seq), 0) FROM articles";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CursorCodec cursors;
    private final SearchQueries queries;
    private final RankedSearch ranked;

    ArticleReader(JdbcClient jdbc, JsonMapper json, CursorCodec cursors, SearchQueries queries, RankedSearch ranked) {
        this.jdbc = jdbc;
        this.json = json;
        this.cursors = cursors;
        this.queries = queries;
        this.ranked = ranked;
    }

    Optional<EnrichedArticle> find(String id) {
        return jdbc.sql("SELECT CAST(doc AS text) FROM articles WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(doc -> json.readValue(doc, EnrichedArticle.class));
    }

    ArticlePage list(ListRequest request) {
        FilterSql filter = queries.sql(request.filter());
        Cursor after = request.after();
        long bound = after == null ? jdbc.sql(BOUND_SQL).query(Long.class).single() : after.bound();
        // one extra row says whether there is a next page
        int rows = request.limit() + 1;
        long floor = 0;
        List<Row> found;
        if (filter.text() == null) {
            StatementParts statement = newestFirst(filter, after, bound, rows);
            found = jdbc.sql(statement.sql().toString())
                    .params(statement.params())
                    .query((rs, n) -> new Row(rs.getLong("seq"), rs.getFloat("rank"), rs.getString("doc")))
                    .list();
        } else {
            RankedSearch.Page page = ranked.page(filter, after, bound, rows);
            floor = page.floor();
            found = withDocs(page.hits());
        }
        boolean more = found.size() > request.limit();
        List<Row> page = more ? found.subList(0, request.limit()) : found;
        List<EnrichedArticle> items = page.stream().map(row -> json.readValue(row.doc(), EnrichedArticle.class)).toList();
        Row last = more ? page.get(page.size() - 1) : null;
        String next = last == null ? null
                : cursors.encode(new Cursor(last.seq(), last.rank(), bound, floor), request.filter().fingerprint());
        return new ArticlePage(items, next);
    }

    /** The stored documents of the hits, in the hits' order. */
    private List<Row> withDocs(List<RankedSearch.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        String seqs = hits.stream().map(hit -> Long.toString(hit.seq())).collect(Collectors.joining(",", "{", "}"));
        Map<Long, String> docs = new HashMap<>();
        jdbc.sql("SELECT seq, CAST(doc AS text) AS doc FROM articles WHERE seq = ANY (CAST(? AS bigint[]))")
                .param(seqs)
                .query(rs -> {
                    docs.put(rs.getLong("seq"), rs.getString("doc"));
                });
        return hits.stream().filter(hit -> docs.containsKey(hit.seq()))
                .map(hit -> new Row(hit.seq(), hit.rank(), docs.get(hit.seq())))
                .toList();
    }

    private static StatementParts newestFirst(FilterSql filter, Cursor after, long bound, int rows) {
        StatementParts statement = new StatementParts("SELECT a.seq, CAST(0 AS real) AS rank, CAST(a.doc AS text) AS doc"
                + " FROM articles a WHERE true" + filter.where() + " AND a.seq <= ?", filter.params());
        statement.params().add(bound);
        if (after != null) {
            statement.append(" AND a.seq < ?", after.seq());
        }
        return statement.append(" ORDER BY a.seq DESC LIMIT ?", rows);
    }

    private record Row(long seq, float rank, String doc) {
    }
}
