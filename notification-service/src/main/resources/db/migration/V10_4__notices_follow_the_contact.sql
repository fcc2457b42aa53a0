-- A notice to a contact belongs to the person (the contact's lasting identity in the register), so that the account
-- made for that person finds it whatever becomes of the address, and two people sharing an address each find theirs.
ALTER TABLE notice ADD COLUMN contact_id uuid;
CREATE INDEX notice_inbox_person ON notice (organization_id, contact_id, created_at DESC) WHERE contact_id IS NOT NULL;

-- The contacts already known get the identity registry-service gave them (its V10_4 derives it the same way, from
-- the organization and the contact's position); its next event about the organization carries it too.
UPDATE organization o
SET contacts = (SELECT jsonb_agg(CASE WHEN c.value->>'id' IS NOT NULL THEN c.value
                                      ELSE c.value || jsonb_build_object('id', md5(o.id::text || ':' || (c.ordinality - 1))::uuid)
                                 END ORDER BY c.ordinality)
                FROM jsonb_array_elements(o.contacts) WITH ORDINALITY c)
WHERE jsonb_array_length(o.contacts) > 0;

-- Which contact an existing notice was addressed to: its key named the contact by e-mail (lower case), else by name;
-- when two contacts shared that, the first of them received it.
CREATE TEMPORARY TABLE contact_identity ON COMMIT DROP AS
SELECT DISTINCT ON (o.id, i.identity) o.id AS organization_id, i.identity, (c.value->>'id')::uuid AS contact_id
FROM organization o
CROSS JOIN LATERAL jsonb_array_elements(o.contacts) WITH ORDINALITY c
CROSS JOIN LATERAL (SELECT coalesce(nullif(lower(btrim(c.value->>'email')), ''), c.value->>'name') AS identity) i
ORDER BY o.id, i.identity, c.ordinality;

-- Existing notices follow the contact (their keys, and so the receipt links already e-mailed, stay as they are)
UPDATE notice n
SET contact_id = ci.contact_id
FROM contact_identity ci
WHERE n.recipient_role = 'LIAISON' AND n.contact_id IS NULL
  AND n.organization_id = ci.organization_id
  AND n.recipient_key = 'liaison:' || ci.organization_id || ':' || ci.identity;

-- and so do the contacts' preferences, under the key of the person
INSERT INTO notification_preference (recipient_key, email, webhook, language, version)
SELECT 'liaison:' || ci.organization_id || ':' || ci.contact_id, p.email, p.webhook, p.language, 0
FROM contact_identity ci
JOIN notification_preference p ON p.recipient_key = 'liaison:' || ci.organization_id || ':' || ci.identity
ON CONFLICT (recipient_key) DO NOTHING;
