-- The write path, cheaper per article.
--
-- Entity rows and counters are brought up to date once per transaction, at commit, for every
-- article the transaction stored, instead of row by row as each article is written.
--
-- Row by row, each article upserted ~30 entity counters. Popular entities are in most articles,
-- so a poll of 500 articles updated the same counter rows hundreds of times: long chains of row
-- versions to walk, and most of the write path's time. At commit, each counter changes once per
-- transaction, by the net number of articles that gained or lost the entity.
--
-- Which articles a transaction stored: every stored version appends one event to the event log
-- (articles_events), so the events the transaction logged name them. The log's lock (taken before
-- a transaction's first event, held until it commits) makes those events the contiguous run of
-- positions from its first event up: no other transaction can log in between.

DROP TRIGGER articles_entities ON articles;
DROP FUNCTION articles_entities_sync();

-- The trigger below keeps these rows in step with the articles, as the foreign key's cascade did
-- for deletes; checking the key for each of ~30 rows per article cost a query each.
ALTER TABLE article_entities DROP CONSTRAINT article_entities_article_id_fkey;

CREATE FUNCTION article_events_sync_entities() RETURNS trigger
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
        SELECT a.id AS article_id, e ->> 'type' AS type, e ->> 'text' AS name,
               sum(coalesce((e ->> 'count')::integer, 1)) AS mentions
        FROM changed c
        JOIN articles a ON a.id = c.id
        CROSS JOIN LATERAL jsonb_array_elements(coalesce(a.doc -> 'entities', '[]'::jsonb)) e
        WHERE e ->> 'type' IS NOT NULL AND e ->> 'text' IS NOT NULL
        GROUP BY 1, 2, 3
    ), old AS (
        SELECT e.article_id, e.type, e.name, e.mentions
        FROM article_entities e
        JOIN changed c ON e.article_id = c.id
    ), gone AS (
        SELECT article_id, type, name FROM old
        EXCEPT
        SELECT article_id, type, name FROM fresh
    ), came AS (
        SELECT article_id, type, name FROM fresh
        EXCEPT
        SELECT article_id, type, name FROM old
    ), removed AS (
        DELETE FROM article_entities e
        USING gone g
        WHERE e.article_id = g.article_id AND e.type = g.type AND e.name = g.name
    ), written AS (
        INSERT INTO article_entities (article_id, type, name, mentions)
        SELECT f.article_id, f.type, f.name, f.mentions
        FROM fresh f
        WHERE NOT EXISTS (SELECT 1 FROM old o
                          WHERE (o.article_id, o.type, o.name, o.mentions) = (f.article_id, f.type, f.name, f.mentions))
        ON CONFLICT (article_id, type, name) DO UPDATE SET mentions = excluded.mentions
    )
    -- counters are locked in one order by every writer, so concurrent writers cannot deadlock
    INSERT INTO entity_stats AS s (type, name, articles)
    SELECT type, name, sum(delta)
    FROM (SELECT type, name, 1 AS delta FROM came
          UNION ALL
          SELECT type, name, -1 FROM gone) d
    GROUP BY type, name
    HAVING sum(delta) <> 0
    ORDER BY type, name
    ON CONFLICT (type, name) DO UPDATE SET articles = s.articles + excluded.articles;

    -- one wake-up per transaction for the stream's listener, which reads the log's head itself
    PERFORM pg_notify('article_events', last::text);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER article_events_entities AFTER INSERT ON article_events
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION article_events_sync_entities();

-- Deleting articles (nothing in the services does) takes their entities out of the counts.
CREATE FUNCTION articles_entities_forget() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- serialized with the commit-time sync above, which holds the event log's lock
    PERFORM pg_advisory_xact_lock(7235959, 1);
    WITH removed AS (
        DELETE FROM article_entities e
        USING gone g
        WHERE e.article_id = g.id
        RETURNING e.type, e.name
    )
    UPDATE entity_stats s
    SET articles = s.articles - r.articles
    FROM (SELECT type, name, count(*) AS articles FROM removed GROUP BY type, name) r
    WHERE s.type = r.type AND s.name = r.name;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_entities_forget AFTER DELETE ON articles
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION articles_entities_forget();

-- The event of each stored version; the wake-up now comes once per transaction, from above.
CREATE OR REPLACE FUNCTION articles_event_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    -- fetched from its TOAST storage once, read three times
    doc jsonb := NEW.doc;
BEGIN
    -- (0x6e6577, 1): the event log's lock; the store's other advisory locks use the one-key form
    PERFORM pg_advisory_xact_lock(7235959, 1);
    INSERT INTO article_events (article_id, version, payload)
    VALUES (NEW.id, NEW.version, jsonb_build_object(
        'id', NEW.id, 'version', NEW.version, 'url', doc -> 'url', 'source', NEW.source,
        'title', NEW.title, 'language', NEW.language, 'category', NEW.category,
        'entities', doc -> 'entities', 'duplicateOf', NEW.duplicate_of,
        'publishedAt', doc -> 'publishedAt', 'enrichedAt', NEW.enriched_at));
    RETURN NULL;
END
$$;

-- The duplicate lookup of a first insert reads these indexes alone (index-only scans), without
-- fetching the rows of every candidate. Simhash bands of news text are far from uniform: at 20,000
-- articles the most common band value was shared by ~150 of them, each a row read per lookup.
DROP INDEX articles_content_hash_idx;
CREATE INDEX articles_content_hash_idx ON articles (content_hash) INCLUDE (seq);
DROP INDEX articles_simhash_band0_idx;
CREATE INDEX articles_simhash_band0_idx ON articles (simhash_band0) INCLUDE (simhash, seq);
DROP INDEX articles_simhash_band1_idx;
CREATE INDEX articles_simhash_band1_idx ON articles (simhash_band1) INCLUDE (simhash, seq);
DROP INDEX articles_simhash_band2_idx;
CREATE INDEX articles_simhash_band2_idx ON articles (simhash_band2) INCLUDE (simhash, seq);
DROP INDEX articles_simhash_band3_idx;
CREATE INDEX articles_simhash_band3_idx ON articles (simhash_band3) INCLUDE (simhash, seq);

-- Unused since V4: search reads the query once per language in use (article_search_arms).
DROP FUNCTION article_rank_query(text, text, text);
