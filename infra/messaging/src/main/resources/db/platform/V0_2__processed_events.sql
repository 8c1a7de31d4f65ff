-- Idempotent consumers: an inbound event's id is recorded in the same transaction as its effect, so a
-- redelivered event (a re-publish after a crash, a rebalance, a re-drive) finds its id and does nothing.
CREATE TABLE processed_event (
    event_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    event_type   VARCHAR(255) NOT NULL,
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
