-- The published event id distinguishes a re-enrichment of the same version from a redelivery:
-- it carries the stored enrichedAt. The stream builds the same id from the event log, so each
-- event there records the enrichedAt of the version it stands for.
CREATE OR REPLACE FUNCTION articles_event_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    position bigint;
BEGIN
    -- (0x6e6577, 1): the event log's lock; the store's other advisory locks use the one-key form
    PERFORM pg_advisory_xact_lock(7235959, 1);
    INSERT INTO article_events (article_id, version, payload)
    VALUES (NEW.id, NEW.version, jsonb_build_object(
        'id', NEW.id, 'version', NEW.version, 'url', NEW.doc -> 'url', 'source', NEW.source,
        'title', NEW.title, 'language', NEW.language, 'category', NEW.category,
        'entities', NEW.doc -> 'entities', 'duplicateOf', NEW.duplicate_of,
        'publishedAt', NEW.doc -> 'publishedAt', 'enrichedAt', NEW.enriched_at))
    RETURNING event_id INTO position;
    PERFORM pg_notify('article_events', position::text);
    RETURN NULL;
END
$$;
