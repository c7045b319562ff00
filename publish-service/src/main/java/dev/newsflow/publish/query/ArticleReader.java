package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.PublishProperties;
import dev.newsflow.publish.filter.FilterSql;
import dev.newsflow.publish.filter.SearchQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the store for the API. Newest first means highest seq (the order articles were first
 * stored). With a text query: the newest {@code rank-window} articles matching in title, summary
 * or keywords, most relevant first (ts_rank_cd over those fields); then every other match, rank 0,
 * newest first (see V3__relevance.sql). Both orders page by keyset (rank, seq) below the highest
 * seq stored at the first page, with the ranked window fixed at the first page too, so articles
 * stored while a client pages neither shift pages nor get skipped or repeated.
 */
@Repository
class ArticleReader {

    private static final String BOUND_SQL = "SELECT coalesce(max(seq), 0) FROM articles";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CursorCodec cursors;
    private final SearchQueries queries;
    private final int rankWindow;

    ArticleReader(JdbcClient jdbc, JsonMapper json, CursorCodec cursors, SearchQueries queries,
            PublishProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.cursors = cursors;
        this.queries = queries;
        this.rankWindow = properties.paging().rankWindow();
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
        long floor = after != null ? after.floor() : filter.text() == null ? 0 : rankedFloor(filter, bound);
        // one extra row says whether there is a next page
        int rows = request.limit() + 1;
        StatementParts statement = filter.text() == null
                ? newestFirst(filter, after, bound, rows) : mostRelevantFirst(filter, after, bound, floor, rows);
        List<Row> found = jdbc.sql(statement.sql().toString())
                .params(statement.params())
                .query((rs, n) -> new Row(rs.getLong("seq"), rs.getFloat("rank"), rs.getString("doc")))
                .list();
        boolean more = found.size() > request.limit();
        List<Row> page = more ? found.subList(0, request.limit()) : found;
        List<EnrichedArticle> items = page.stream().map(row -> json.readValue(row.doc(), EnrichedArticle.class)).toList();
        Row last = more ? page.get(page.size() - 1) : null;
        String next = last == null ? null
                : cursors.encode(new Cursor(last.seq(), last.rank(), bound, floor), request.filter().fingerprint());
        return new ArticlePage(items, next);
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

    /** The lowest seq among the newest {@code rankWindow} head matches; 0 when there are no more than that. */
    private long rankedFloor(FilterSql filter, long bound) {
        List<Object> params = new ArrayList<>();
        params.add(filter.text().match());
        params.addAll(filter.fieldParams());
        params.add(bound);
        params.add(rankWindow - 1);
        return jdbc.sql("SELECT coalesce((SELECT a.seq FROM articles a WHERE a.head @@ CAST(? AS tsquery)"
                        + filter.fieldConditions() + " AND a.seq <= ? ORDER BY a.seq DESC OFFSET ? LIMIT 1), 0)")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The ranked window and every other match newest first: one page of each, merged. */
    private static StatementParts mostRelevantFirst(FilterSql filter, Cursor after, long bound, long floor, int rows) {
        String match = filter.text().match();
        StatementParts statement = new StatementParts("SELECT r.seq, r.rank, CAST(d.doc AS text) AS doc FROM ("
                + "(SELECT seq, rank FROM (SELECT a.seq, ts_rank_cd(a.head, CAST(? AS tsquery)) AS rank FROM articles a"
                + " WHERE a.head @@ CAST(? AS tsquery)" + filter.fieldConditions() + " AND a.seq BETWEEN ? AND ?) m",
                List.of(filter.text().rank(), match));
        statement.params().addAll(filter.fieldParams());
        statement.params().add(floor);
        statement.params().add(bound);
        if (after != null) {
            statement.append(" WHERE (rank, seq) < (CAST(? AS real), ?)", after.rank(), after.seq());
        }
        statement.append(" ORDER BY rank DESC, seq DESC LIMIT ?)", rows);
        statement.append(" UNION ALL (SELECT a.seq, CAST(0 AS real) AS rank FROM articles a"
                + " WHERE a.search @@ CAST(? AS tsquery) AND NOT (a.head @@ CAST(? AS tsquery) AND a.seq >= ?)",
                match, match, floor);
        statement.sql().append(filter.fieldConditions());
        statement.params().addAll(filter.fieldParams());
        statement.append(" AND a.seq <= ?", bound);
        if (after != null && after.rank() == 0) {
            statement.append(" AND a.seq < ?", after.seq());
        }
        statement.append(" ORDER BY a.seq DESC LIMIT ?)", rows);
        return statement.append(") r JOIN articles d ON d.seq = r.seq ORDER BY r.rank DESC, r.seq DESC LIMIT ?", rows);
    }

    private record Row(long seq, float rank, String doc) {
    }
}
