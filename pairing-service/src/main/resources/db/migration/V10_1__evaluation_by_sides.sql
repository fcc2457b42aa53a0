-- Evaluations by both sides: a draft is opened (by the committee, or automatically at a term's end and at a
-- year's end), each member organization's secretary rates the other side, the committee finalizes it.
-- Evaluations recorded before (the committee typed both ratings) are final and keep their ratings.
ALTER TABLE evaluation ADD COLUMN status varchar(16) NOT NULL DEFAULT 'FINAL';
ALTER TABLE evaluation ADD COLUMN origin varchar(16) NOT NULL DEFAULT 'COMMITTEE';
ALTER TABLE evaluation ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN opened_at timestamptz;
ALTER TABLE evaluation ADD COLUMN finalized_at timestamptz;
ALTER TABLE evaluation ADD COLUMN finalized_by varchar(128);
ALTER TABLE evaluation ALTER COLUMN lead_rating DROP NOT NULL;
ALTER TABLE evaluation ALTER COLUMN partner_rating DROP NOT NULL;
UPDATE evaluation SET opened_at = evaluated_at, finalized_at = evaluated_at, finalized_by = evaluated_by;
ALTER TABLE evaluation ALTER COLUMN status DROP DEFAULT;
ALTER TABLE evaluation ADD CONSTRAINT evaluation_status CHECK (status IN ('DRAFT', 'FINAL'));
ALTER TABLE evaluation ADD CONSTRAINT evaluation_origin CHECK (origin IN ('COMMITTEE', 'TERM_END', 'YEAR_END'));

-- A draft opened automatically exists once per pairing, occasion and period end, however many instances run
-- the jobs: the second insert does nothing (ON CONFLICT DO NOTHING) and publishes nothing.
CREATE UNIQUE INDEX evaluation_automatic_once ON evaluation (pairing_id, origin, period_end)
    WHERE origin IN ('TERM_END', 'YEAR_END');
CREATE INDEX evaluation_district_status ON evaluation (district, status, period_end);

-- Each member organization's rating of the other side, one per organization and evaluation.
CREATE TABLE evaluation_rating (
    evaluation_id   uuid         NOT NULL REFERENCES evaluation (id),
    organization_id uuid         NOT NULL,
    side            varchar(16)  NOT NULL CHECK (side IN ('LEAD', 'PARTNER')),
    rating          int          NOT NULL CHECK (rating BETWEEN 1 AND 5),
    remarks         text,
    rated_by        varchar(128) NOT NULL,
    rated_at        timestamptz  NOT NULL,
    PRIMARY KEY (evaluation_id, organization_id)
);
