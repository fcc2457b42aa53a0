-- Lists of ids are uuid[] columns in every service: the partners move from the pairing_partner table into
-- pairing.partner_ids, in their order.
ALTER TABLE pairing ADD COLUMN partner_ids uuid[] NOT NULL DEFAULT '{}';
UPDATE pairing p SET partner_ids = partners.ids
FROM (SELECT pairing_id, array_agg(organization_id ORDER BY position) AS ids FROM pairing_partner GROUP BY pairing_id) partners
WHERE partners.pairing_id = p.id;
ALTER TABLE pairing ALTER COLUMN partner_ids DROP DEFAULT;
CREATE INDEX pairing_partner_ids ON pairing USING gin (partner_ids);
DROP TABLE pairing_partner;
