-- Relevance without reading whole articles.
--
-- Ranking every match by its full vector means de-TOASTing kilobytes per match: linear in the
-- number of matches, too slow for common words in a large store. head is the small, inline vector
-- of title (A), summary and keywords (B). Articles that match there are ranked by it; articles
-- that match only in the body follow, newest first, and are found by walking seq downwards, so
-- no request ranks more than the head matches.
ALTER TABLE articles ADD COLUMN head tsvector NOT NULL DEFAULT ''::tsvector;

CREATE OR REPLACE FUNCTION articles_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.search_config := search_config(NEW.language);
    NEW.head := setweight(to_tsvector(NEW.search_config, NEW.title), 'A')
        || setweight(to_tsvector(NEW.search_config, coalesce(NEW.doc ->> 'summary', '') || ' '
            || coalesce((SELECT string_agg(k, ' ') FROM jsonb_array_elements_text(NEW.doc -> 'keywords') k), '')), 'B')
        || array_to_tsvector(ARRAY[search_marker(NEW.search_config)]);
    NEW.search := NEW.head || setweight(to_tsvector(NEW.search_config, coalesce(NEW.doc ->> 'body', '')), 'C');
    RETURN NEW;
END
$$;

-- a stored version is an event; maintenance of derived columns is not
DROP TRIGGER articles_events ON articles;
CREATE TRIGGER articles_events AFTER INSERT OR UPDATE OF version, enriched_at, doc ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_event_append();

UPDATE articles SET head = setweight(to_tsvector(search_config, title), 'A')
    || setweight(to_tsvector(search_config, coalesce(doc ->> 'summary', '') || ' '
        || coalesce((SELECT string_agg(k, ' ') FROM jsonb_array_elements_text(doc -> 'keywords') k), '')), 'B')
    || array_to_tsvector(ARRAY[search_marker(search_config)]);

CREATE INDEX articles_head_idx ON articles USING gin (head);
