-- Projections of other services' data: who the contacts of an organization are, who is in a pairing,
-- when an activity starts and who takes part. Each keeps the version of the last snapshot applied.
CREATE TABLE organization (
    id             uuid         PRIMARY KEY,
    district       varchar(64)  NOT NULL,
    name           text         NOT NULL,
    secretary_name text,
    contacts       jsonb        NOT NULL DEFAULT '[]',
    status         varchar(16)  NOT NULL,
    version        bigint       NOT NULL
);
CREATE INDEX organization_district ON organization (district);

CREATE TABLE pairing (
    id         uuid         PRIMARY KEY,
    district   varchar(64)  NOT NULL,
    title      text         NOT NULL,
    lead_id    uuid         NOT NULL,
    member_ids text         NOT NULL,
    status     varchar(16)  NOT NULL,
    version    bigint       NOT NULL
);

CREATE TABLE activity (
    id              uuid         PRIMARY KEY,
    district        varchar(64)  NOT NULL,
    pairing_id      uuid         NOT NULL,
    title           text         NOT NULL,
    starts_at       timestamptz  NOT NULL,
    location        text,
    participant_ids text         NOT NULL,
    status          varchar(16)  NOT NULL,
    version         bigint       NOT NULL
);
-- The reminder job looks for planned activities starting within the next day.
CREATE INDEX activity_planned_starts_at ON activity (starts_at) WHERE status = 'PLANNED';

-- A notice in a recipient's inbox. One per event and recipient: the unique constraint holds however many
-- consumers or instances race on the same event.
CREATE TABLE notice (
    id                  uuid         PRIMARY KEY,
    event_id            uuid         NOT NULL,
    type                varchar(48)  NOT NULL,
    district            varchar(64)  NOT NULL,
    organization_id     uuid,
    recipient_key       varchar(320) NOT NULL,
    recipient_role      varchar(16)  NOT NULL,
    recipient_name      text,
    recipient_email     varchar(254),
    language            varchar(8)   NOT NULL,
    title               text         NOT NULL,
    body                text         NOT NULL,
    subject_type        varchar(16)  NOT NULL,
    subject_id          uuid         NOT NULL,
    receipt_required    boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL,
    read_at             timestamptz,
    acknowledged_at     timestamptz,
    receipt_reminded_at timestamptz,
    CONSTRAINT notice_once_per_event_and_recipient UNIQUE (event_id, recipient_key)
);
CREATE INDEX notice_inbox_contact ON notice (organization_id, recipient_email, created_at DESC);
CREATE INDEX notice_inbox_role ON notice (organization_id, recipient_role, created_at DESC);
CREATE INDEX notice_inbox_committee ON notice (district, recipient_role, created_at DESC);
CREATE INDEX notice_receipts ON notice (subject_id) WHERE receipt_required;
CREATE INDEX notice_receipts_pending ON notice (created_at) WHERE receipt_required AND acknowledged_at IS NULL
    AND receipt_reminded_at IS NULL;

-- An organization's webhook endpoints.
CREATE TABLE webhook_endpoint (
    id                   uuid         PRIMARY KEY,
    organization_id      uuid         NOT NULL,
    district             varchar(64)  NOT NULL,
    url                  text         NOT NULL,
    description          text,
    secret               varchar(128) NOT NULL,
    enabled              boolean      NOT NULL DEFAULT true,
    consecutive_failures int          NOT NULL DEFAULT 0,
    failing_since        timestamptz,
    disabled_at          timestamptz,
    created_at           timestamptz  NOT NULL
);
CREATE INDEX webhook_endpoint_organization ON webhook_endpoint (organization_id);

-- Outgoing deliveries (e-mail, webhook): PENDING -> SENDING -> SENT | RETRY -> ... | DEAD.
-- One per event, channel and target (a recipient key for e-mail, an endpoint id for a webhook).
CREATE TABLE delivery (
    id               uuid         PRIMARY KEY,
    event_id         uuid         NOT NULL,
    notice_id        uuid         REFERENCES notice (id),
    channel          varchar(16)  NOT NULL,
    target           varchar(320) NOT NULL,
    address          text         NOT NULL,
    payload          text,
    status           varchar(16)  NOT NULL,
    attempts         int          NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    claimed_at       timestamptz,
    first_attempt_at timestamptz,
    sent_at          timestamptz,
    last_error       text,
    created_at       timestamptz  NOT NULL,
    CONSTRAINT delivery_once_per_event_channel_target UNIQUE (event_id, channel, target)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'RETRY');
CREATE INDEX delivery_sending ON delivery (claimed_at) WHERE status = 'SENDING';

CREATE TABLE webhook_attempt (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id uuid         NOT NULL REFERENCES delivery (id),
    endpoint_id uuid         NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL,
    status_code int,
    error       text,
    duration_ms bigint       NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id);

-- A person's choices; the inbox is always on.
CREATE TABLE notification_preference (
    recipient_key varchar(320) PRIMARY KEY,
    email         boolean      NOT NULL,
    webhook       boolean      NOT NULL,
    language      varchar(8)   NOT NULL,
    version       bigint       NOT NULL
);
