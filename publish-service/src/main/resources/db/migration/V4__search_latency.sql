-- Search without marker lexemes in the index scan, prefixes that reach past the stemmer, facet
-- counts from an index, and a bounded event log.

-- A prefix term, read in one configuration. Stemmers cut words shorter than a prefix may be:
-- english stores 'negotiations' as 'negoti', which the prefix 'negotiat' does not start. So a
-- prefix matches, besides the lexemes that start with its own stem (as before):
--   * the lexemes that start with the prefix as typed ('negotiat*' -> 'negotiator' where kept), and
--   * the stems of its completions that are shorter than the prefix: the prefix with each common
--     ending below, stemmed ('negotiat' + 'ions' -> 'negoti'), taken when the prefix starts with it.
-- The endings are those of the languages indexed with a stemmer; a completion whose stem is longer
-- than the prefix is already found by the first two.
CREATE FUNCTION search_prefix_query(config regconfig, prefix text) RETURNS tsquery
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

-- The configurations the stored articles were indexed with: one probe of the language index per
-- distinct language (a loose index scan), not a pass over the articles.
CREATE FUNCTION search_configs_in_use() RETURNS SETOF regconfig
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

-- The arms of a search: one per distinct reading of the query among the configurations in use,
-- with the configurations that read it so. An article matches when it matches the reading of its
-- own configuration, so each arm is (vector @@ reading AND search_config = ANY(configs)); the arms
-- are disjoint. Unlike the marker lexemes of article_search_query, nothing here is a posting list
-- holding every article, so the index scan of an arm costs what its words cost. configs is null
-- when the filter names the language, or when every configuration in use reads the query alike.
CREATE FUNCTION article_search_arms(language text, words text, prefixes text)
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

-- Facet counts of the field filters read this index alone (an index-only scan), not the wide rows.
CREATE INDEX articles_facets_idx ON articles (language, category, source);

-- The event log keeps a bounded history (newsflow.publish.stream.retention). pruned_through is the
-- highest position deleted so far: every event at or below it is gone, every event above it is
-- still there, so a client resuming after a lower position is told that it missed events.
CREATE TABLE article_events_pruned (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    pruned_through bigint  NOT NULL
);

INSERT INTO article_events_pruned (pruned_through) VALUES (0);
