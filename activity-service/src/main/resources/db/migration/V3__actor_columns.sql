-- Who uploaded is the account's username, which Keycloak allows up to 255 characters long.
ALTER TABLE activity_photo ALTER COLUMN uploaded_by TYPE varchar(255);
