-- The read store: one row per article id, at the newest version seen.
--
-- seq is assigned once, when the id is first stored, and stays with the article across later
-- versions. Newest-first keyset paging walks seq downwards, so an article updated while a
-- client pages through the list neither jumps back to the top nor gets skipped or repeated.
--
-- duplicate_of is decided once, on first insert: the earliest-stored other article with the
-- same content_hash, or whose 64-bit simhash is within a small Hamming distance. The four
-- 16-bit band columns find candidates through indexes: two hashes within distance 3 agree on
-- at least one band (pigeonhole), then the exact distance is checked on the full hash.
CREATE TABLE articles (
    id               text        PRIMARY KEY,
    seq              bigint      GENERATED ALWAYS AS IDENTITY,
    version          bigint      NOT NULL,
    enriched_at      timestamptz NOT NULL,
    title            text        NOT NULL,
    source           text,
    language         text        NOT NULL,
    category         text        NOT NULL,
    published_at     timestamptz,
    ingested_at      timestamptz NOT NULL,
    enricher_version text        NOT NULL,
    content_hash     text        NOT NULL,
    simhash          bigint      NOT NULL,
    simhash_band0    integer     NOT NULL,
    simhash_band1    integer     NOT NULL,
    simhash_band2    integer     NOT NULL,
    simhash_band3    integer     NOT NULL,
    duplicate_of     text        REFERENCES articles (id),
    doc              jsonb       NOT NULL,
    stored_at        timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT articles_seq_unique UNIQUE (seq)
);

CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_simhash_band0_idx ON articles (simhash_band0);
CREATE INDEX articles_simhash_band1_idx ON articles (simhash_band1);
CREATE INDEX articles_simhash_band2_idx ON articles (simhash_band2);
CREATE INDEX articles_simhash_band3_idx ON articles (simhash_band3);
CREATE INDEX articles_duplicate_of_idx ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- exact-match filters of the list endpoint, each paged newest first
CREATE INDEX articles_language_seq_idx ON articles (language, seq DESC);
CREATE INDEX articles_source_seq_idx ON articles (source, seq DESC);
CREATE INDEX articles_category_seq_idx ON articles (category, seq DESC);
