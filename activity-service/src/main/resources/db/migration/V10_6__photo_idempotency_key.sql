-- An upload sent again with the same Idempotency-Key (a retry after a lost answer) finds the photo it already made.
ALTER TABLE activity_photo
    ADD COLUMN idempotency_key varchar(255),
    ADD COLUMN content_sha256  varchar(64);

CREATE UNIQUE INDEX activity_photo_idempotency ON activity_photo (activity_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
