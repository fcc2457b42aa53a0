-- When the due-date job told of a demand: the reminder before its due date and the overdue notice after, each once.
-- Claiming a demand sets its column in the same transaction as the event, so two instances cannot both tell.
ALTER TABLE demand ADD COLUMN due_soon_noticed_at timestamptz;
ALTER TABLE demand ADD COLUMN overdue_noticed_at timestamptz;
CREATE INDEX demand_due_unnoticed ON demand (due_on)
    WHERE status IN ('OPEN', 'ACCEPTED') AND (due_soon_noticed_at IS NULL OR overdue_noticed_at IS NULL);
