-- Lists of ids are uuid[] in every service's projections (they were comma-joined text here).
-- string_to_array('', ',') is the empty array.
ALTER TABLE pairing ALTER COLUMN member_ids TYPE uuid[] USING string_to_array(member_ids, ',')::uuid[];
ALTER TABLE activity ALTER COLUMN participant_ids TYPE uuid[] USING string_to_array(participant_ids, ',')::uuid[];
