-- The append-only log of every platform and bank event. Each entry commits to the one before it
-- (entry_hash = SHA-256(previous entry_hash ‖ the entry's content)), so an edited or removed row breaks
-- the chain. Nothing updates or deletes rows here.
CREATE TABLE audit_log (
    sequence_no  BIGSERIAL    NOT NULL PRIMARY KEY,
    event_id     VARCHAR(255) NOT NULL UNIQUE,
    event_type   VARCHAR(255) NOT NULL,
    source       VARCHAR(255),
    subject      VARCHAR(255),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    trace_id     VARCHAR(64),
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    payload      TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    previous_hash CHAR(64)    NOT NULL,
    entry_hash   CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject);
CREATE INDEX audit_log_type_time ON audit_log (event_type, occurred_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
