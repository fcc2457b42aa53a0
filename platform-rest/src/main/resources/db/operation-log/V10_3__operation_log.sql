-- The operation log: one row per state-changing request, written by platform-rest's OperationLogFilter in a
-- transaction of its own. Append-only: no UPDATE, DELETE or TRUNCATE, held by a trigger (which binds the owner and
-- superusers too) and by the privileges of the role that runs the migrations and the application.
CREATE TABLE operation_log (
    id              uuid PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    actor_subject   varchar(255),
    actor_name      varchar(255),
    role            varchar(32),
    organization_id uuid,
    district        varchar(100),
    action          varchar(255) NOT NULL,
    target          uuid,
    outcome         smallint     NOT NULL
);

CREATE INDEX operation_log_by_district ON operation_log (district, occurred_at DESC, id DESC);
CREATE INDEX operation_log_by_organization ON operation_log (organization_id, occurred_at DESC);
CREATE INDEX operation_log_by_target ON operation_log (target, occurred_at DESC);

CREATE FUNCTION operation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'operation_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER operation_log_no_change BEFORE UPDATE OR DELETE ON operation_log
    FOR EACH ROW EXECUTE FUNCTION operation_log_append_only();
CREATE TRIGGER operation_log_no_truncate BEFORE TRUNCATE ON operation_log
    FOR EACH STATEMENT EXECUTE FUNCTION operation_log_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON operation_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON operation_log FROM CURRENT_USER;
