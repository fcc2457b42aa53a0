-- The secretary's e-mail, so that secretaries' notices can go by e-mail too.
ALTER TABLE organization ADD COLUMN secretary_email varchar(254);
