-- The transactional outbox, shared by every service (platform-messaging).
-- Column layout of Debezium's outbox event router (id, aggregatetype, aggregateid, type, payload), so that a
-- CDC connector can replace the relay without a schema change: route by the `topic` column, and place
-- `district`, `source` and `occurred_at` in headers (table.fields.additional.placement).
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    aggregatetype varchar(64)  NOT NULL,
    aggregateid   varchar(64)  NOT NULL,
    type          varchar(128) NOT NULL,
    payload       jsonb        NOT NULL,
    topic         varchar(128) NOT NULL,
    district      varchar(64),
    source        varchar(128) NOT NULL,
    occurred_at   timestamptz  NOT NULL DEFAULT now(),
    seq           bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    sent_at       timestamptz
);

-- The relay reads unsent rows in commit order; the partial index stays as small as the backlog.
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
-- Retention deletes old sent rows.
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumption: the ids of the events each consumer has applied, written in the same
-- transaction as the effect.
CREATE TABLE processed_event (
    consumer     varchar(128) NOT NULL,
    event_id     uuid         NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
