-- One row of entity keys per article instead of one row per (article, entity).
--
-- A stored article has ~30 distinct entities. As rows, each was a heap tuple and two index entries,
-- about 5.7 KB per article, most of the write-ahead log's records per article, and ~15% of the
-- database's time per stored article. As one array per article, the commit-time sync writes one
-- row, and the entity filter finds articles through a GIN index over the lower-cased keys.
--
-- A key is 'TYPE:name': the type is an enum name without ':', so the first ':' splits it. The
-- mentions of each entity were kept per row but read by nothing; the document carries them.

CREATE TABLE article_entity_keys (
    article_id text   PRIMARY KEY,
    -- each distinct entity of the stored version once, as its counter in entity_stats names it
    keys       text[] NOT NULL,
    -- the same keys lower-cased: what the entity filter matches
    lookup     text[] NOT NULL
);

CREATE INDEX article_entity_keys_lookup_idx ON article_entity_keys USING gin (lookup);

INSERT INTO article_entity_keys (article_id, keys, lookup)
SELECT article_id, array_agg(type || ':' || name ORDER BY type || ':' || name),
       array_agg(DISTINCT lower(type || ':' || name))
FROM article_entities
GROUP BY article_id;

DROP TABLE article_entities;

CREATE OR REPLACE FUNCTION article_events_sync_entities() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    -- the highest position this transaction has already handled: the trigger fires once per
    -- event, the first firing does the work for all of them
    handled bigint := coalesce(nullif(current_setting('newsflow.entities_synced_through', true), ''), '0')::bigint;
    last    bigint;
BEGIN
    IF NEW.event_id <= handled THEN
        RETURN NULL;
    END IF;
    SELECT max(event_id) INTO last FROM article_events WHERE event_id >= NEW.event_id;
    PERFORM set_config('newsflow.entities_synced_through', last::text, true);

    WITH changed AS (
        SELECT DISTINCT article_id AS id FROM article_events WHERE event_id BETWEEN NEW.event_id AND last
    ), fresh AS (
        SELECT a.id AS article_id,
               coalesce((SELECT array_agg(DISTINCT (e ->> 'type') || ':' || (e ->> 'text'))
                         FROM jsonb_array_elements(coalesce(a.doc -> 'entities', '[]'::jsonb)) e
                         WHERE e ->> 'type' IS NOT NULL AND e ->> 'text' IS NOT NULL), '{}') AS keys
        FROM changed c
        JOIN articles a ON a.id = c.id
    ), old AS (
        SELECT k.article_id, k.keys
        FROM article_entity_keys k
        JOIN changed c ON k.article_id = c.id
    ), written AS (
        INSERT INTO article_entity_keys AS k (article_id, keys, lookup)
        SELECT f.article_id, f.keys, ARRAY(SELECT DISTINCT lower(key) FROM unnest(f.keys) key)
        FROM fresh f
        LEFT JOIN old o ON o.article_id = f.article_id
        WHERE o.keys IS DISTINCT FROM f.keys
        ON CONFLICT (article_id) DO UPDATE SET keys = excluded.keys, lookup = excluded.lookup
    ), delta AS (
        SELECT key, 1 AS delta
        FROM fresh f
        LEFT JOIN old o ON o.article_id = f.article_id
        CROSS JOIN LATERAL unnest(f.keys) key
        WHERE o.keys IS NULL OR NOT key = ANY (o.keys)
        UNION ALL
        SELECT key, -1
        FROM old o
        JOIN fresh f ON f.article_id = o.article_id
        CROSS JOIN LATERAL unnest(o.keys) key
        WHERE NOT key = ANY (f.keys)
    )
    -- counters are locked in one order by every writer, so concurrent writers cannot deadlock
    INSERT INTO entity_stats AS s (type, name, articles)
    SELECT split_part(key, ':', 1), substr(key, strpos(key, ':') + 1), sum(delta)
    FROM delta
    GROUP BY key
    HAVING sum(delta) <> 0
    ORDER BY 1, 2
    ON CONFLICT (type, name) DO UPDATE SET articles = s.articles + excluded.articles;

    -- one wake-up per transaction for the stream's listener, which reads the log's head itself
    PERFORM pg_notify('article_events', last::text);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION articles_entities_forget() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- serialized with the commit-time sync above, which holds the event log's lock
    PERFORM pg_advisory_xact_lock(7235959, 1);
    WITH removed AS (
        DELETE FROM article_entity_keys k
        USING gone g
        WHERE k.article_id = g.id
        RETURNING k.keys
    )
    UPDATE entity_stats s
    SET articles = s.articles - r.articles
    FROM (SELECT split_part(key, ':', 1) AS type, substr(key, strpos(key, ':') + 1) AS name, count(*) AS articles
          FROM removed, unnest(removed.keys) key
          GROUP BY 1, 2) r
    WHERE s.type = r.type AND s.name = r.name;
    RETURN NULL;
END
$$;
