-- An account whose person's address or name changed in the register while Keycloak could not be reached: AccountSync
-- gives Keycloak the register's values once it answers.
ALTER TABLE account ADD COLUMN profile_pending boolean NOT NULL DEFAULT false;
