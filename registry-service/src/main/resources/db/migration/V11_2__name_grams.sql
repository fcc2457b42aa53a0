-- Name search for one and two characters. A trigram index cannot serve a query shorter than three characters, and
-- Chinese names are searched mostly with one or two ("党", "民生"). Every name keeps the set of its characters and
-- of its pairs of adjacent characters (lower case), in a generated column with a GIN index: a query of one character
-- asks for that character, a longer one for all of its pairs (name_grams @> …), and ILIKE confirms the match.
CREATE FUNCTION organization_name_grams(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT gram), '{}') FROM (
        SELECT substr(lower(name), i, 1) AS gram FROM generate_series(1, char_length(name)) AS i
        UNION ALL
        SELECT substr(lower(name), i, 2) FROM generate_series(1, char_length(name) - 1) AS i) AS grams
$$;

ALTER TABLE organization
    ADD COLUMN name_grams text[] GENERATED ALWAYS AS (organization_name_grams(name)) STORED;

CREATE INDEX organization_name_grams ON organization USING gin (name_grams);
