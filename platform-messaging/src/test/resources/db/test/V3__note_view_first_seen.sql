-- when a note was first seen: a column a projection sets once
ALTER TABLE note_view ADD COLUMN first_seen timestamptz;
