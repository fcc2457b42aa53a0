-- Local projection of the registry's organizations (fed by gongjian.registry.organization, version-guarded).
CREATE TABLE organization (
    id         uuid         PRIMARY KEY,
    district   varchar(64)  NOT NULL,
    name       varchar(300) NOT NULL,
    kind       varchar(32)  NOT NULL,
    sector     varchar(32)  NOT NULL,
    status     varchar(16)  NOT NULL,
    version    bigint       NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX organization_district_sector ON organization (district, sector, status);

-- Pairings (结对共建). member_key is the sorted member ids: one open pairing per set of members.
CREATE TABLE pairing (
    id             uuid          PRIMARY KEY,
    district       varchar(64)   NOT NULL,
    title          varchar(300)  NOT NULL,
    type           varchar(16)   NOT NULL,
    lead_id        uuid          NOT NULL,
    goals          jsonb         NOT NULL DEFAULT '[]',
    commitments    jsonb         NOT NULL DEFAULT '[]',
    cadence_count  int           NOT NULL CHECK (cadence_count >= 1),
    cadence_period varchar(16)   NOT NULL,
    term_start     date          NOT NULL,
    term_end       date,
    status         varchar(16)   NOT NULL,
    status_reason  varchar(1000),
    plaque_no      varchar(100),
    launch_id      uuid,
    activated_on   date,
    concluded_on   date,
    member_key     text          NOT NULL,
    proposed_by    varchar(128),
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL,
    CONSTRAINT pairing_term CHECK (term_end IS NULL OR term_end > term_start),
    CONSTRAINT pairing_plaque_unique UNIQUE (plaque_no)
);
CREATE UNIQUE INDEX pairing_open_members ON pairing (district, member_key)
    WHERE status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED');
CREATE INDEX pairing_district_status ON pairing (district, status);
CREATE INDEX pairing_district_created ON pairing (district, created_at);
CREATE INDEX pairing_lead ON pairing (lead_id);
CREATE INDEX pairing_term_end ON pairing (term_end) WHERE status IN ('ACTIVE', 'SUSPENDED');
CREATE INDEX pairing_title_trgm ON pairing USING gin (title gin_trgm_ops);

CREATE TABLE pairing_partner (
    pairing_id      uuid NOT NULL REFERENCES pairing (id) ON DELETE CASCADE,
    position        int  NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (pairing_id, position)
);
CREATE INDEX pairing_partner_organization ON pairing_partner (organization_id);

-- Plaque numbers: one counter row per district and year, incremented under its row lock.
CREATE TABLE plaque_counter (
    district varchar(64) NOT NULL,
    year     int         NOT NULL,
    last_no  int         NOT NULL,
    PRIMARY KEY (district, year)
);

-- Launch ceremonies (启动仪式).
CREATE TABLE launch (
    id         uuid         PRIMARY KEY,
    district   varchar(64)  NOT NULL,
    title      varchar(300) NOT NULL,
    held_on    date         NOT NULL,
    created_by varchar(128),
    created_at timestamptz  NOT NULL
);
CREATE INDEX launch_district_held ON launch (district, held_on);

CREATE TABLE launch_pairing (
    launch_id  uuid NOT NULL REFERENCES launch (id) ON DELETE CASCADE,
    position   int  NOT NULL,
    pairing_id uuid NOT NULL,
    PRIMARY KEY (launch_id, position)
);

-- Demands (诉求) and their full history.
CREATE TABLE demand (
    id          uuid         PRIMARY KEY,
    district    varchar(64)  NOT NULL,
    pairing_id  uuid         NOT NULL REFERENCES pairing (id),
    raised_by   uuid         NOT NULL,
    category    varchar(64)  NOT NULL,
    title       varchar(300) NOT NULL,
    detail      text,
    due_on      date         NOT NULL,
    status      varchar(16)  NOT NULL,
    resolution  text,
    raised_at   timestamptz  NOT NULL,
    answered_on date,
    version     bigint       NOT NULL
);
CREATE INDEX demand_pairing ON demand (pairing_id, raised_at);
CREATE INDEX demand_district_status_due ON demand (district, status, due_on);

CREATE TABLE demand_history (
    id          uuid        PRIMARY KEY,
    demand_id   uuid        NOT NULL REFERENCES demand (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    actor       varchar(128) NOT NULL,
    actor_org   uuid,
    from_status varchar(16),
    to_status   varchar(16) NOT NULL,
    note        text
);
CREATE INDEX demand_history_demand ON demand_history (demand_id, at);

-- Evaluations: a score from weighted parts, and a rating.
CREATE TABLE evaluation (
    id             uuid             PRIMARY KEY,
    pairing_id     uuid             NOT NULL REFERENCES pairing (id),
    district       varchar(64)      NOT NULL,
    period_start   date             NOT NULL,
    period_end     date             NOT NULL,
    score          double precision NOT NULL,
    rating         varchar(16)      NOT NULL,
    parts          jsonb            NOT NULL,
    lead_rating    int              NOT NULL,
    partner_rating int              NOT NULL,
    remarks        text,
    evaluated_at   timestamptz      NOT NULL,
    evaluated_by   varchar(128)
);
CREATE INDEX evaluation_pairing ON evaluation (pairing_id, evaluated_at);
CREATE INDEX evaluation_district_period ON evaluation (district, period_end);

-- What evaluations need of activity-service: activities per pairing (version-guarded) and missed periods.
CREATE TABLE activity_record (
    id         uuid        PRIMARY KEY,
    pairing_id uuid        NOT NULL,
    district   varchar(64) NOT NULL,
    status     varchar(16) NOT NULL,
    starts_at  timestamptz NOT NULL,
    confirmed  boolean     NOT NULL,
    version    bigint      NOT NULL
);
CREATE INDEX activity_record_pairing ON activity_record (pairing_id, starts_at);

CREATE TABLE cadence_miss (
    pairing_id   uuid        NOT NULL,
    period_start date        NOT NULL,
    period_end   date        NOT NULL,
    district     varchar(64) NOT NULL,
    required     int         NOT NULL,
    held         int         NOT NULL,
    confirmed    int         NOT NULL,
    PRIMARY KEY (pairing_id, period_start)
);
