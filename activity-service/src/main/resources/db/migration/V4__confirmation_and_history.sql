-- The partner side's dispute of a held activity and the committee's decision on it.
ALTER TABLE activity
    ADD COLUMN dispute_raised_by   uuid,
    ADD COLUMN dispute_raised_at   timestamptz,
    ADD COLUMN dispute_reason      varchar(1000),
    ADD COLUMN dispute_outcome     varchar(16),
    ADD COLUMN dispute_resolved_at timestamptz,
    ADD COLUMN dispute_resolution  varchar(1000);

-- The one rule of what counts, kept beside the row so that cadence, statistics and their indexes read it alike
-- (Activity.isKept and Activity.isVoided say the same in Java).
ALTER TABLE activity
    ADD COLUMN voided boolean GENERATED ALWAYS AS (coalesce(dispute_outcome = 'UPHELD', false)) STORED,
    ADD COLUMN kept   boolean GENERATED ALWAYS AS (status = 'HELD' AND coalesce(dispute_outcome, '') <> 'UPHELD'
        AND (confirmed_by IS NOT NULL OR coalesce(dispute_outcome = 'DISMISSED', false))) STORED;

DROP INDEX activity_pairing_starts;
CREATE INDEX activity_pairing_starts ON activity (pairing_id, starts_at) INCLUDE (status, kept, voided, dispute_raised_by, dispute_outcome);
CREATE INDEX activity_disputes_open ON activity (district, dispute_raised_at) WHERE dispute_raised_by IS NOT NULL AND dispute_outcome IS NULL;

-- Every change of an activity: who, when, why, and the values before and after. Appended, never updated.
CREATE TABLE activity_history (
    activity_id     uuid         NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    version         bigint       NOT NULL,
    action          varchar(32)  NOT NULL,
    actor           varchar(255) NOT NULL,
    actor_role      varchar(32)  NOT NULL,
    organization_id uuid,
    at              timestamptz  NOT NULL,
    reason          varchar(1000),
    changes         jsonb        NOT NULL,
    PRIMARY KEY (activity_id, version)
);

-- Statistics now say how many held activities count (kept) and split attendance by side; an activity whose dispute
-- was upheld contributes nothing. Rebuilt from the activities once, then kept in step as before.
ALTER TABLE activity_daily_stats
    ADD COLUMN kept              bigint NOT NULL DEFAULT 0,
    ADD COLUMN lead_full         bigint NOT NULL DEFAULT 0,
    ADD COLUMN lead_probationary bigint NOT NULL DEFAULT 0,
    ADD COLUMN lead_others       bigint NOT NULL DEFAULT 0;
DROP INDEX activity_daily_stats_overview;
CREATE INDEX activity_daily_stats_overview ON activity_daily_stats (district, day)
    INCLUDE (type, status, activities, kept, full_members, probationary, others, lead_full, lead_probationary, lead_others);

DELETE FROM activity_daily_stats;
INSERT INTO activity_daily_stats (district, day, type, status, activities, kept, full_members, probationary, others,
                                  lead_full, lead_probationary, lead_others)
SELECT a.district, CAST(a.starts_at AT TIME ZONE '${zone}' AS date), a.type, a.status, count(*), count(*) FILTER (WHERE a.kept),
       coalesce(sum(t.full_members), 0), coalesce(sum(t.probationary), 0), coalesce(sum(t.others), 0),
       coalesce(sum(t.lead_full), 0), coalesce(sum(t.lead_probationary), 0), coalesce(sum(t.lead_others), 0)
FROM activity a
LEFT JOIN pairing_view p ON p.id = a.pairing_id
LEFT JOIN LATERAL (
    SELECT sum(c.full_members) AS full_members, sum(c.probationary) AS probationary, sum(c.others) AS others,
           sum(c.full_members) FILTER (WHERE c.organization_id = p.lead_id) AS lead_full,
           sum(c.probationary) FILTER (WHERE c.organization_id = p.lead_id) AS lead_probationary,
           sum(c.others) FILTER (WHERE c.organization_id = p.lead_id) AS lead_others
    FROM activity_attendance c WHERE c.activity_id = a.id) t ON true
WHERE NOT a.voided
GROUP BY 1, 2, 3, 4;
