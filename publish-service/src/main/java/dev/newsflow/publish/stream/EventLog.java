package dev.newsflow.publish.stream;

import dev.newsflow.contracts.PublishedArticle;
import dev.newsflow.publish.events.PublishedEventSender;
import dev.newsflow.publish.filter.FilterSql;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event log ({@code article_events}): one event per stored article version, positions
 * committed in increasing order (see V2__search.sql), so everything up to {@link #head()} is final,
 * and everything above {@link #prunedThrough()} is still there.
 * Filters apply to the article as it is stored now; the payload is the version of the event.
 */
@Repository
class EventLog {

    static final String HEAD_SQL = "SELECT coalesce(max(event_id), 0) FROM article_events";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PublishedEventSender events;
    /** The logged payload has the event's fields and the enrichedAt its id is made of. */
    private final ObjectReader payloads;

    EventLog(JdbcClient jdbc, JsonMapper json, PublishedEventSender events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.payloads = json.readerFor(PublishedArticle.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    long head() {
        return jdbc.sql(HEAD_SQL).query(Long.class).single();
    }

    /** The highest position pruned (see {@link EventLogPruner}): events at or below it are gone, those above kept. */
    long prunedThrough() {
        return jdbc.sql("SELECT pruned_through FROM article_events_pruned").query(Long.class).single();
    }

    /** The events after {@code after} up to {@code upTo} that match the filter, oldest first. */
    List<StreamEvent> read(FilterSql sql, long after, long upTo, int limit) {
        List<Object> params = sql.params();
        params.add(after);
        params.add(upTo);
        params.add(limit);
        return jdbc.sql("SELECT ev.event_id, ev.created_at, CAST(ev.payload AS text) AS payload"
                        + " FROM article_events ev JOIN articles a ON a.id = ev.article_id"
                        + " WHERE true" + sql.where() + " AND ev.event_id > ? AND ev.event_id <= ?"
                        + " ORDER BY ev.event_id LIMIT ?")
                .params(params)
                .query((rs, n) -> event(rs.getLong("event_id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("payload")))
                .list();
    }

    private StreamEvent event(long position, Instant storedAt, String payload) {
        JsonNode logged = json.readTree(payload);
        PublishedArticle stored = payloads.readValue(logged);
        JsonNode enrichedAt = logged.get("enrichedAt");
        return new StreamEvent(position, new PublishedArticle(
                PublishedEventSender.eventId(stored.id(), stored.version(), enrichedAt == null || enrichedAt.isNull()
                        ? null : OffsetDateTime.parse(enrichedAt.asString()).toInstant()),
                storedAt,
                stored.id(),
                stored.version(),
                stored.url(),
                stored.source(),
                stored.title(),
                stored.language(),
                stored.category(),
                stored.entities(),
                stored.duplicateOf(),
                stored.publishedAt(),
                events.href(stored.id())));
    }
}
