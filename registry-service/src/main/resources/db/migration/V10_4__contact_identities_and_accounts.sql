-- Every contact gets a lasting identity, so that an account (and the notices it reads) stays with the person when
-- the name, phone or e-mail change. Existing contacts get the id derived from their organization and position:
-- notification-service derives the same one for the contacts it already knows (its V10_4), so its existing notices
-- follow the contact.
UPDATE organization o
SET contacts = (SELECT jsonb_agg(c.value || jsonb_build_object('id', md5(o.id::text || ':' || (c.ordinality - 1))::uuid)
                                 ORDER BY c.ordinality)
                FROM jsonb_array_elements(o.contacts) WITH ORDINALITY c)
WHERE jsonb_array_length(o.contacts) > 0;

ALTER TABLE organization ADD COLUMN secretary_account varchar(64);

-- Accounts made from the register: the Keycloak user of a secretary or a contact of an organization.
CREATE TABLE account (
    id               uuid         PRIMARY KEY,
    user_id          varchar(64)  NOT NULL,
    district         varchar(64)  NOT NULL,
    organization_id  uuid         NOT NULL REFERENCES organization (id),
    -- 'secretary', or the contact's id
    person           varchar(64)  NOT NULL,
    role             varchar(32)  NOT NULL,
    name             varchar(200) NOT NULL,
    email            varchar(254) NOT NULL,
    state            varchar(16)  NOT NULL CHECK (state IN ('INVITED', 'ACTIVE', 'DISABLED')),
    -- a disabled account Keycloak has not been told of yet (AccountSync keeps trying)
    disable_pending  boolean      NOT NULL DEFAULT false,
    invited_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
-- one live account per person; a disabled one stays for the record
CREATE UNIQUE INDEX account_live_person ON account (organization_id, person) WHERE state <> 'DISABLED';
CREATE INDEX account_organization ON account (organization_id);
CREATE INDEX account_to_sync ON account (state) WHERE state = 'INVITED' OR disable_pending;
