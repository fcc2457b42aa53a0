-- What the daily digest and the demand notices need, learnt from events.

-- Whether a held activity is kept (confirmed by the partner side): a late confirmation withdraws a cadence miss.
ALTER TABLE activity ADD COLUMN kept boolean NOT NULL DEFAULT false;

-- How pairings stand against their cadence (cadence.at-risk / cadence.missed), until a period is kept after all.
CREATE TABLE cadence_standing (
    pairing_id   uuid        NOT NULL,
    period_start date        NOT NULL,
    kind         varchar(16) NOT NULL,
    district     varchar(64) NOT NULL,
    period_end   date        NOT NULL,
    required     int         NOT NULL,
    held         int         NOT NULL,
    confirmed    int         NOT NULL,
    PRIMARY KEY (pairing_id, period_start, kind)
);
CREATE INDEX cadence_standing_district ON cadence_standing (district, kind, period_end);

-- Demands (from demand events; newest version wins). raised_at: when this service learnt it was raised.
CREATE TABLE demand (
    id         uuid         PRIMARY KEY,
    district   varchar(64)  NOT NULL,
    pairing_id uuid         NOT NULL,
    title      text         NOT NULL,
    status     varchar(16)  NOT NULL,
    due_on     date         NOT NULL,
    raised_at  timestamptz,
    version    bigint       NOT NULL
);
CREATE INDEX demand_district_due ON demand (district, status, due_on);
CREATE INDEX demand_district_raised ON demand (district, raised_at);

-- The committee people who receive the digest: a district-admin who saved preferences with an e-mail address.
CREATE TABLE committee_member (
    district   varchar(64)  NOT NULL,
    email      varchar(254) NOT NULL,
    language   varchar(8)   NOT NULL,
    digest     boolean      NOT NULL,
    updated_at timestamptz  NOT NULL,
    PRIMARY KEY (district, email)
);

-- One digest per district and day: the instance that inserts the row writes it (or finds a quiet day), no other.
CREATE TABLE digest_run (
    district    varchar(64) NOT NULL,
    digest_date date        NOT NULL,
    claimed_at  timestamptz NOT NULL,
    items       int         NOT NULL DEFAULT 0,
    recipients  int         NOT NULL DEFAULT 0,
    PRIMARY KEY (district, digest_date)
);
