CREATE TABLE probe_effect (event_id VARCHAR(255) NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                           tx BIGINT NOT NULL DEFAULT txid_current());
CREATE TABLE probe_outage (down BOOLEAN NOT NULL);
INSERT INTO probe_outage VALUES (false);
