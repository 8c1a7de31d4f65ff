-- The appender numbers entries itself, under the lock of the head row below, so sequence_no has no holes
-- and a hole can only mean a removed entry. The first appender drew numbers from a sequence, which also
-- burned a number for every refused duplicate: close those holes once (legacy hashes do not cover the
-- number, so the chain stays intact).
ALTER TABLE audit_log ALTER COLUMN sequence_no DROP DEFAULT;
DROP SEQUENCE IF EXISTS audit_log_sequence_no_seq;

ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
UPDATE audit_log l SET sequence_no = -r.n
FROM (SELECT sequence_no, row_number() OVER (ORDER BY sequence_no) AS n FROM audit_log) r
WHERE l.sequence_no = r.sequence_no AND l.sequence_no <> r.n;
UPDATE audit_log SET sequence_no = -sequence_no WHERE sequence_no < 0;

-- Scheme 1 (the first appender) hashed the event without its number, times or source; scheme 2 hashes
-- every stored column but the derived unit_id. Each row says which scheme its hash follows.
ALTER TABLE audit_log ADD COLUMN hash_scheme SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_log ALTER COLUMN hash_scheme DROP DEFAULT;

-- The unit an event names in its body (derived, not hashed), for ops queries by unit.
ALTER TABLE audit_log ADD COLUMN unit_id VARCHAR(255);
CREATE FUNCTION audit_log_unit_of(body TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
    RETURN body::jsonb ->> 'unitId';
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
UPDATE audit_log SET unit_id = audit_log_unit_of(payload);
DROP FUNCTION audit_log_unit_of(TEXT);
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;

ALTER TABLE audit_log ALTER COLUMN recorded_at DROP DEFAULT;
CREATE INDEX audit_log_unit ON audit_log (unit_id, sequence_no);
-- Events are logged roughly in the order they happen: a block-range index finds a time window for
-- almost nothing per append, where a b-tree would cost every insert another index write.
CREATE INDEX audit_log_occurred ON audit_log USING brin (occurred_at);

-- The end of the chain: appenders lock this row, so entries are numbered and chained one writer at a
-- time. A rebuild from Kafka marks itself here (maintenance_*) and live appenders stand aside meanwhile.
CREATE TABLE audit_log_head (
    id                SMALLINT    NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence_no  BIGINT      NOT NULL,
    last_hash         CHAR(64)    NOT NULL,
    maintenance_owner VARCHAR(64),
    maintenance_until TIMESTAMPTZ
);
INSERT INTO audit_log_head (id, last_sequence_no, last_hash)
SELECT 1, coalesce(max(sequence_no), 0),
       coalesce((SELECT entry_hash FROM audit_log ORDER BY sequence_no DESC LIMIT 1), repeat('0', 64))
FROM audit_log;

-- Where the log stands in each Kafka partition, written in the same transaction as the entries: the
-- database, not the consumer group, says what has been logged. An empty table (a lost database) means
-- "read every topic from its beginning".
CREATE TABLE log_source_position (
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    PRIMARY KEY (topic, partition_no)
);
INSERT INTO log_source_position (topic, partition_no, next_offset)
SELECT topic, partition_no, max(record_offset) + 1 FROM audit_log GROUP BY topic, partition_no;

-- Views projected from the log. Each view's tables exist in numbered versions (v_<view>_<table>_<n>);
-- this row says which version operators read and how far into the log it is.
CREATE TABLE view_version (
    view_name       VARCHAR(40) NOT NULL PRIMARY KEY,
    live_version    INTEGER     NOT NULL,
    position        BIGINT      NOT NULL,
    retired_version INTEGER,
    swapped_at      TIMESTAMPTZ
);
CREATE SEQUENCE view_table_version START 2;

CREATE TABLE view_rebuild (
    id           UUID        NOT NULL PRIMARY KEY,
    view_name    VARCHAR(40) NOT NULL,
    version      INTEGER     NOT NULL,
    up_to        TIMESTAMPTZ,
    status       VARCHAR(16) NOT NULL,
    phase        VARCHAR(16) NOT NULL,
    processed    BIGINT      NOT NULL DEFAULT 0,
    total        BIGINT      NOT NULL DEFAULT 0,
    position     BIGINT      NOT NULL DEFAULT 0,
    differences  BIGINT,
    compared_version INTEGER,
    error        TEXT,
    owner        VARCHAR(64) NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX view_rebuild_one_running ON view_rebuild (view_name) WHERE status = 'RUNNING';

CREATE TABLE view_rebuild_difference (
    rebuild_id  UUID         NOT NULL REFERENCES view_rebuild (id) ON DELETE CASCADE,
    n           INTEGER      NOT NULL,
    table_name  VARCHAR(63)  NOT NULL,
    row_key     TEXT         NOT NULL,
    live_row    TEXT,
    rebuilt_row TEXT,
    PRIMARY KEY (rebuild_id, n)
);

CREATE TABLE log_refill (
    id           UUID        NOT NULL PRIMARY KEY,
    status       VARCHAR(16) NOT NULL,
    partitions   INTEGER     NOT NULL DEFAULT 0,
    total        BIGINT      NOT NULL DEFAULT 0,
    read         BIGINT      NOT NULL DEFAULT 0,
    appended     BIGINT      NOT NULL DEFAULT 0,
    duplicates   BIGINT      NOT NULL DEFAULT 0,
    error        TEXT,
    owner        VARCHAR(64) NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX log_refill_one_running ON log_refill ((true)) WHERE status = 'RUNNING';
