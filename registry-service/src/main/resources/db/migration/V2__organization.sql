-- The register of party organizations. Nothing is ever deleted: dissolution is a status.
CREATE TABLE organization (
    id                   uuid         PRIMARY KEY,
    district             varchar(64)  NOT NULL,
    name                 varchar(200) NOT NULL,
    kind                 varchar(32)  NOT NULL,
    sector               varchar(32)  NOT NULL,
    parent_id            uuid         REFERENCES organization (id),
    host_unit_name       varchar(200) NOT NULL,
    credit_code          char(18),
    secretary_name       varchar(50),
    secretary_phone      varchar(20),
    contacts             jsonb        NOT NULL DEFAULT '[]',
    members_full         integer      NOT NULL CHECK (members_full >= 0),
    members_probationary integer      NOT NULL CHECK (members_probationary >= 0),
    founded_on           date,
    honours              jsonb        NOT NULL DEFAULT '[]',
    status               varchar(16)  NOT NULL,
    dissolution_reason   varchar(500),
    dissolved_on         date,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

-- Filters of the list and the stats: always within a district.
CREATE INDEX organization_district_status ON organization (district, status);
CREATE INDEX organization_district_sector ON organization (district, sector);
CREATE INDEX organization_district_kind ON organization (district, kind);
CREATE INDEX organization_district_created ON organization (district, created_at);
CREATE INDEX organization_district_founded ON organization (district, founded_on);
CREATE INDEX organization_district_members ON organization (district, ((members_full + members_probationary)));
-- Children and subtrees (recursive CTE walks parent_id).
CREATE INDEX organization_parent ON organization (parent_id);
-- Name search with ILIKE '%…%' on Chinese text: trigram GIN index (the database has a UTF-8 locale).
CREATE INDEX organization_name_trgm ON organization USING gin (name gin_trgm_ops);

-- Pinyin order for names where the server has ICU (PostgreSQL with ICU has the zh-x-icu collation).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu') THEN
        EXECUTE 'CREATE INDEX organization_district_name_pinyin ON organization (district, (name COLLATE "zh-x-icu"))';
    ELSE
        EXECUTE 'CREATE INDEX organization_district_name ON organization (district, name)';
    END IF;
END
$$;
