-- An organization manages its endpoints: test deliveries it sends itself are attempts like the others, marked;
-- an endpoint's attempts are listed newest first.
ALTER TABLE webhook_attempt ADD COLUMN test boolean NOT NULL DEFAULT false;
CREATE INDEX webhook_attempt_endpoint ON webhook_attempt (endpoint_id, attempted_at DESC, id DESC);
