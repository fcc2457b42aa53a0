-- Who acted is the account's username, which Keycloak allows up to 255 characters long.
ALTER TABLE pairing ALTER COLUMN proposed_by TYPE varchar(255);
ALTER TABLE launch ALTER COLUMN created_by TYPE varchar(255);
ALTER TABLE demand_history ALTER COLUMN actor TYPE varchar(255);
ALTER TABLE evaluation ALTER COLUMN evaluated_by TYPE varchar(255);
