-- Search, entity filters and the event log of the stream.
--
-- Everything here is maintained by triggers on articles, so the one upsert statement of the store
-- (or any other writer, such as a bulk load) keeps the search vector, the entity rows, their
-- counts and the event log consistent with the stored document in the same transaction.

-- ISO 639-1 code -> the PostgreSQL text search configuration of that language, for those this
-- server has; any other language is indexed with 'simple' (no stemming, no stop words).
CREATE TABLE search_languages (
    language text     PRIMARY KEY,
    config   regconfig NOT NULL
);

INSERT INTO search_languages (language, config)
SELECT m.language, c.oid::regconfig
FROM (VALUES ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
             ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
             ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
             ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'),
             ('nb', 'norwegian'), ('nn', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'),
             ('ru', 'russian'), ('sr', 'serbian'), ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'),
             ('tr', 'turkish'), ('yi', 'yiddish')) AS m (language, cfgname)
JOIN pg_ts_config c ON c.cfgname = m.cfgname AND c.cfgnamespace = 'pg_catalog'::regnamespace;

CREATE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT coalesce((SELECT config FROM search_languages WHERE language = lower(split_part($1, '-', 1))),
                'simple'::regconfig)
$$;

-- The query of one configuration: words and "phrases" as websearch_to_tsquery reads them, AND
-- each prefix. Prefixes arrive space-separated and were checked to be letters and digits only.
CREATE FUNCTION search_query_in(config regconfig, words text, prefixes text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    result tsquery := websearch_to_tsquery(config, coalesce(words, ''));
    prefix text;
BEGIN
    FOREACH prefix IN ARRAY string_to_array(coalesce(prefixes, ''), ' ') LOOP
        result := result && to_tsquery(config, quote_literal(prefix) || ':*');
    END LOOP;
    RETURN result;
END
$$;

-- Each article's vector carries a marker lexeme naming the configuration it was indexed with;
-- parsers split on ':', so no query text can produce one.
CREATE FUNCTION search_marker(config regconfig) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT 'cfg:' || config::text
$$;

-- Which articles match. With a language filter the query is read in that language. Without one,
-- each article matches when the query read in the article's own configuration matches: the
-- reading of each configuration is ANDed with that configuration's marker, so a reading by a
-- foreign stemmer never matches an article of another language.
CREATE FUNCTION article_search_query(language text, words text, prefixes text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    result tsquery := '';
    config regconfig;
BEGIN
    IF language IS NOT NULL THEN
        RETURN search_query_in(search_config(language), words, prefixes);
    END IF;
    FOR config IN SELECT c FROM search_languages s (l, c) UNION SELECT 'simple'::regconfig LOOP
        result := result || (search_query_in(config, words, prefixes)
                             && CAST(quote_literal(search_marker(config)) AS tsquery));
    END LOOP;
    RETURN result;
END
$$;

-- How well a matching article matches: the readings of every configuration, without markers
-- (ts_rank_cd counts a lexeme without positions as no match at all).
CREATE FUNCTION article_rank_query(language text, words text, prefixes text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    result tsquery := '';
    one    tsquery;
BEGIN
    IF language IS NOT NULL THEN
        RETURN search_query_in(search_config(language), words, prefixes);
    END IF;
    -- many configurations read most queries alike: each distinct reading once
    FOR one IN
        SELECT DISTINCT search_query_in(c.config, words, prefixes)
        FROM (SELECT config FROM search_languages UNION SELECT 'simple'::regconfig) c (config)
    LOOP
        result := result || one;
    END LOOP;
    RETURN result;
END
$$;

-- dated_at: when the article appeared, as its source says, else when it was ingested
ALTER TABLE articles
    ADD COLUMN search_config regconfig   NOT NULL DEFAULT 'simple',
    ADD COLUMN search        tsvector    NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN dated_at      timestamptz GENERATED ALWAYS AS (coalesce(published_at, ingested_at)) STORED;

CREATE FUNCTION articles_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.search_config := search_config(NEW.language);
    NEW.search := setweight(to_tsvector(NEW.search_config, NEW.title), 'A')
        || setweight(to_tsvector(NEW.search_config, coalesce(NEW.doc ->> 'summary', '') || ' '
            || coalesce((SELECT string_agg(k, ' ') FROM jsonb_array_elements_text(NEW.doc -> 'keywords') k), '')), 'B')
        || setweight(to_tsvector(NEW.search_config, coalesce(NEW.doc ->> 'body', '')), 'C')
        || array_to_tsvector(ARRAY[search_marker(NEW.search_config)]);
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF doc, language ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_search_vector();

UPDATE articles SET doc = doc;

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_dated_at_idx ON articles (dated_at);

-- One row per (article, entity) of the newest stored version; entity_stats counts articles per entity.
CREATE TABLE article_entities (
    article_id text    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type       text    NOT NULL,
    name       text    NOT NULL,
    mentions   integer NOT NULL,
    PRIMARY KEY (article_id, type, name)
);

CREATE INDEX article_entities_name_idx ON article_entities (lower(name), type);

-- The counter is in no index and pages keep room, so its updates stay HOT (no index churn);
-- listing the most mentioned entities sorts this table, one row per distinct entity.
CREATE TABLE entity_stats (
    type     text   NOT NULL,
    name     text   NOT NULL,
    articles bigint NOT NULL,
    PRIMARY KEY (type, name)
) WITH (fillfactor = 50);

CREATE INDEX entity_stats_prefix_idx ON entity_stats (lower(name) text_pattern_ops);

CREATE FUNCTION articles_entities_sync() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.doc -> 'entities' IS NOT DISTINCT FROM OLD.doc -> 'entities' THEN
        RETURN NULL;
    END IF;
    -- counters are locked in one order by every writer, so concurrent writers cannot deadlock
    PERFORM 1 FROM entity_stats s
    WHERE (s.type, s.name) IN (SELECT e.type, e.name FROM article_entities e WHERE e.article_id = NEW.id)
    ORDER BY s.type, s.name
    FOR UPDATE;
    UPDATE entity_stats s SET articles = s.articles - 1
    FROM article_entities e
    WHERE e.article_id = NEW.id AND s.type = e.type AND s.name = e.name;
    DELETE FROM article_entities WHERE article_id = NEW.id;

    INSERT INTO article_entities (article_id, type, name, mentions)
    SELECT NEW.id, e ->> 'type', e ->> 'text', sum(coalesce((e ->> 'count')::integer, 1))
    FROM jsonb_array_elements(coalesce(NEW.doc -> 'entities', '[]'::jsonb)) e
    WHERE e ->> 'type' IS NOT NULL AND e ->> 'text' IS NOT NULL
    GROUP BY 2, 3;
    INSERT INTO entity_stats AS s (type, name, articles)
    SELECT e.type, e.name, 1 FROM article_entities e WHERE e.article_id = NEW.id
    ORDER BY e.type, e.name
    ON CONFLICT (type, name) DO UPDATE SET articles = s.articles + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_entities AFTER INSERT OR UPDATE OF doc ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_entities_sync();

INSERT INTO article_entities (article_id, type, name, mentions)
SELECT a.id, e ->> 'type', e ->> 'text', sum(coalesce((e ->> 'count')::integer, 1))
FROM articles a, jsonb_array_elements(coalesce(a.doc -> 'entities', '[]'::jsonb)) e
WHERE e ->> 'type' IS NOT NULL AND e ->> 'text' IS NOT NULL
GROUP BY 1, 2, 3;

INSERT INTO entity_stats (type, name, articles)
SELECT type, name, count(*) FROM article_entities GROUP BY type, name;

-- The stream's event log: one event per stored article version. event_id is the stream position.
--
-- Positions must become visible in position order, or a reader that has delivered position 7
-- could later see 6 commit and never deliver it. Identity values are handed out at insert time,
-- not commit time, so every writer takes one transaction-scoped advisory lock before it takes a
-- position, and holds it until it commits: positions commit strictly in order. The lock is taken
-- by the last trigger of the write, so it is held only for the commit itself.
CREATE TABLE article_events (
    event_id   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id text        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    payload    jsonb       NOT NULL
);

CREATE INDEX article_events_article_idx ON article_events (article_id);

CREATE FUNCTION articles_event_append() RETURNS trigger
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
        'publishedAt', NEW.doc -> 'publishedAt'))
    RETURNING event_id INTO position;
    PERFORM pg_notify('article_events', position::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_events AFTER INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_event_append();
