-- The secretary's e-mail from the register (organization events since it is known), so that secretaries' notices
-- go by e-mail too.
ALTER TABLE organization ADD COLUMN secretary_email text;
