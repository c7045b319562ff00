-- The current definition of every function the schema uses, replaced in place whenever this file
-- changes (Flyway runs a repeatable migration after the versioned ones, and again when its checksum
-- changes). A function changes here, not in a new versioned migration; a new table, column or
-- trigger still gets one. Triggers and the functions versioned migrations dropped are not here.

-- (from V2__search.sql)
CREATE OR REPLACE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT coalesce((SELECT config FROM search_languages WHERE language = lower(split_part($1, '-', 1))),
                'simple'::regconfig)
$$;

-- (from V4__search_latency.sql)
CREATE OR REPLACE FUNCTION search_query_in(config regconfig, words text, prefixes text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    result tsquery;
    prefix text;
BEGIN
    -- without words, the parser is not asked to read nothing (it would warn about an empty query)
    IF coalesce(words, '') <> '' THEN
        result := websearch_to_tsquery(config, words);
    END IF;
    FOREACH prefix IN ARRAY string_to_array(coalesce(prefixes, ''), ' ') LOOP
        result := CASE WHEN result IS NULL THEN search_prefix_query(config, prefix)
                       ELSE result && search_prefix_query(config, prefix) END;
    END LOOP;
    RETURN coalesce(result, websearch_to_tsquery(config, ''));
END
$$;

-- (from V2__search.sql)
-- Each article's vector carries a marker lexeme naming the configuration it was indexed with;
-- parsers split on ':', so no query text can produce one.
CREATE OR REPLACE FUNCTION search_marker(config regconfig) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT 'cfg:' || config::text
$$;

-- (from V2__search.sql)
-- Which articles match. With a language filter the query is read in that language. Without one,
-- each article matches when the query read in the article's own configuration matches: the
-- reading of each configuration is ANDed with that configuration's marker, so a reading by a
-- foreign stemmer never matches an article of another language.
CREATE OR REPLACE FUNCTION article_search_query(language text, words text, prefixes text) RETURNS tsquery
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

-- (from V3__relevance.sql)
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

-- (from V6__entities_at_commit.sql)
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

-- (from V4__search_latency.sql)
-- A prefix term, read in one configuration. Stemmers cut words shorter than a prefix may be:
-- english stores 'negotiations' as 'negoti', which the prefix 'negotiat' does not start. So a
-- prefix matches, besides the lexemes that start with its own stem (as before):
--   * the lexemes that start with the prefix as typed ('negotiat*' -> 'negotiator' where kept), and
--   * the stems of its completions that are shorter than the prefix: the prefix with each common
--     ending below, stemmed ('negotiat' + 'ions' -> 'negoti'), taken when the prefix starts with it.
-- The endings are those of the languages indexed with a stemmer; a completion whose stem is longer
-- than the prefix is already found by the first two.
CREATE OR REPLACE FUNCTION search_prefix_query(config regconfig, prefix text) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    result tsquery := to_tsquery(config, quote_literal(prefix) || ':*');
    -- a cast, not to_tsquery: the prefix is taken as a lexeme, not parsed or stemmed again
    typed  tsquery := CAST(quote_literal(prefix) || ':*' AS tsquery);
    stem   text;
BEGIN
    IF result <> typed THEN
        result := result || typed;
    END IF;
    FOR stem IN
        SELECT DISTINCT lexeme
        FROM unnest(ARRAY['e', 'es', 's', 'ed', 'er', 'ers', 'ing', 'ion', 'ions', 'ive', 'or', 'ors', 'y',
                          'ies', 'a', 'as', 'o', 'os', 'i', 'en', 'ent', 'ant', 'ement', 'é', 'ée', 'és', 'ung',
                          'ungen', 'ar', 'ir', 'ado', 'ada', 'ción', 'ciones', 'zione', 'zioni']) ending,
             unnest(tsvector_to_array(to_tsvector(config, prefix || ending))) lexeme
        WHERE length(lexeme) >= 2 AND length(lexeme) < length(prefix) AND starts_with(prefix, lexeme)
    LOOP
        result := result || CAST(quote_literal(stem) AS tsquery);
    END LOOP;
    RETURN result;
END
$$;

-- (from V4__search_latency.sql)
-- The configurations the stored articles were indexed with: one probe of the language index per
-- distinct language (a loose index scan), not a pass over the articles.
CREATE OR REPLACE FUNCTION search_configs_in_use() RETURNS SETOF regconfig
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
WITH RECURSIVE languages (language) AS (
    SELECT min(language) FROM articles
    UNION ALL
    SELECT (SELECT min(a.language) FROM articles a WHERE a.language > l.language)
    FROM languages l
    WHERE l.language IS NOT NULL
)
SELECT DISTINCT search_config(language) FROM languages WHERE language IS NOT NULL
$$;

-- (from V4__search_latency.sql)
-- The arms of a search: one per distinct reading of the query among the configurations in use,
-- with the configurations that read it so. An article matches when it matches the reading of its
-- own configuration, so each arm is (vector @@ reading AND search_config = ANY(configs)); the arms
-- are disjoint. Unlike the marker lexemes of article_search_query, nothing here is a posting list
-- holding every article, so the index scan of an arm costs what its words cost. configs is null
-- when the filter names the language, or when every configuration in use reads the query alike.
CREATE OR REPLACE FUNCTION article_search_arms(language text, words text, prefixes text)
    RETURNS TABLE (query text, configs text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS
$$
DECLARE
    used regconfig[];
BEGIN
    IF language IS NOT NULL THEN
        RETURN QUERY SELECT CAST(search_query_in(search_config(language), words, prefixes) AS text), CAST(NULL AS text);
        RETURN;
    END IF;
    used := ARRAY(SELECT search_configs_in_use());
    IF cardinality(used) = 0 THEN
        used := ARRAY['simple'::regconfig];
    END IF;
    RETURN QUERY
        SELECT CAST(g.reading AS text), CASE WHEN count(*) OVER () = 1 THEN NULL ELSE CAST(g.configs AS text) END
        FROM (SELECT search_query_in(c, words, prefixes) AS reading, array_agg(c ORDER BY c::text) AS configs
              FROM unnest(used) c
              GROUP BY 1) g;
END
$$;

-- (from V7__entity_keys.sql)
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

-- (from V7__entity_keys.sql)
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
