-- Projections of other services' aggregates, fed by events and version-guarded.
CREATE TABLE organization_view (
    id       uuid         PRIMARY KEY,
    district varchar(64)  NOT NULL,
    name     varchar(200) NOT NULL,
    sector   varchar(32)  NOT NULL,
    status   varchar(16)  NOT NULL,
    version  bigint       NOT NULL
);

CREATE TABLE pairing_view (
    id             uuid         PRIMARY KEY,
    district       varchar(64)  NOT NULL,
    title          varchar(300) NOT NULL,
    lead_id        uuid         NOT NULL,
    partner_ids    uuid[]       NOT NULL,
    status         varchar(16)  NOT NULL,
    cadence_count  int          NOT NULL,
    cadence_period varchar(16)  NOT NULL,
    term_start     date         NOT NULL,
    term_end       date,
    version        bigint       NOT NULL
);
CREATE INDEX pairing_view_district_status ON pairing_view (district, status);
CREATE INDEX pairing_view_lead ON pairing_view (lead_id);
CREATE INDEX pairing_view_partners ON pairing_view USING gin (partner_ids);

-- Joint activities.
CREATE TABLE activity (
    id                  uuid         PRIMARY KEY,
    district            varchar(64)  NOT NULL,
    pairing_id          uuid         NOT NULL,
    title               varchar(200) NOT NULL,
    type                varchar(32)  NOT NULL,
    starts_at           timestamptz  NOT NULL,
    starts_offset       int          NOT NULL,
    ends_at             timestamptz  NOT NULL,
    ends_offset         int          NOT NULL,
    location            varchar(300),
    participant_ids     uuid[]       NOT NULL,
    status              varchar(16)  NOT NULL,
    summary             text,
    outcomes            text,
    cancellation_reason varchar(500),
    completed_by        uuid,
    completed_at        timestamptz,
    confirmed_by        uuid,
    confirmed_at        timestamptz,
    created_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    CONSTRAINT activity_times CHECK (ends_at > starts_at)
);
CREATE INDEX activity_district_starts ON activity (district, starts_at);
CREATE INDEX activity_pairing_starts ON activity (pairing_id, starts_at) INCLUDE (status, confirmed_by);
CREATE INDEX activity_participants ON activity USING gin (participant_ids);
CREATE INDEX activity_unconfirmed ON activity (district, completed_at) WHERE status = 'HELD' AND confirmed_by IS NULL;
CREATE INDEX activity_title_trgm ON activity USING gin (title gin_trgm_ops);

CREATE TABLE activity_attendance (
    activity_id     uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL,
    full_members    int  NOT NULL CHECK (full_members >= 0),
    probationary    int  NOT NULL CHECK (probationary >= 0),
    others          int  NOT NULL CHECK (others >= 0),
    PRIMARY KEY (activity_id, organization_id)
);

-- Statistics: one row per district, local day, type and status, maintained in the same transaction as every
-- activity change, so that a dashboard over a million activities reads a few hundred rows.
CREATE TABLE activity_daily_stats (
    district     varchar(64) NOT NULL,
    day          date        NOT NULL,
    type         varchar(32) NOT NULL,
    status       varchar(16) NOT NULL,
    activities   bigint      NOT NULL DEFAULT 0,
    full_members bigint      NOT NULL DEFAULT 0,
    probationary bigint      NOT NULL DEFAULT 0,
    others       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (district, day, type, status)
);
-- The overview reads a district's days with an index-only scan.
CREATE INDEX activity_daily_stats_overview ON activity_daily_stats (district, day)
    INCLUDE (type, status, activities, full_members, probationary, others);

-- Photos: metadata and thumbnail here, the content behind PhotoStore (chunks, so it streams both ways).
CREATE TABLE activity_photo (
    id           uuid         PRIMARY KEY,
    activity_id  uuid         NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    content_type varchar(32)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    file_name    varchar(255),
    uploaded_by  varchar(128) NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    thumbnail    bytea
);
CREATE INDEX activity_photo_activity ON activity_photo (activity_id, uploaded_at);

CREATE TABLE photo_chunk (
    photo_id uuid  NOT NULL,
    seq      int   NOT NULL,
    data     bytea NOT NULL,
    PRIMARY KEY (photo_id, seq)
);

-- Cadence notices: the unique key decides which job run emits an event, so several instances emit it once.
CREATE TABLE cadence_notice (
    pairing_id   uuid        NOT NULL,
    period_start date        NOT NULL,
    kind         varchar(16) NOT NULL,
    district     varchar(64) NOT NULL,
    required     int         NOT NULL,
    held         int         NOT NULL,
    confirmed    int         NOT NULL,
    noticed_at   timestamptz NOT NULL,
    PRIMARY KEY (pairing_id, period_start, kind)
);
