-- Certificates, login challenges, freezes and session revocation.

ALTER TABLE operator_directory ADD COLUMN operator_name VARCHAR(50);
ALTER TABLE operator_directory ADD COLUMN frozen_until TIMESTAMPTZ;

ALTER TABLE unit_directory ADD COLUMN agreement_version VARCHAR(20);
ALTER TABLE unit_directory ADD COLUMN online_business_opened_at TIMESTAMPTZ;
ALTER TABLE unit_directory ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE unit_directory ADD COLUMN contact_mobile VARCHAR(11);

-- The unit's query password (查询密码), set when it opens online business; a hash only.
CREATE TABLE unit_query_credential (
    unit_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The platform CA: a root and an issuing CA. Private keys sealed with the master key (AES-GCM).
CREATE TABLE ca_key (
    role                  VARCHAR(16) NOT NULL PRIMARY KEY, -- ROOT or ISSUING
    certificate           BYTEA       NOT NULL,              -- DER
    encrypted_private_key BYTEA       NOT NULL,              -- PKCS#8, sealed
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every certificate the CA issued, as the certificate projection sees it (written in the command's
-- transaction): login looks certificates up here, the CRL lists the revoked ones.
CREATE TABLE certificate (
    serial_number     VARCHAR(40) NOT NULL PRIMARY KEY, -- upper-case hex
    unit_id           VARCHAR(64) NOT NULL,
    operator_id       VARCHAR(64) NOT NULL,
    algorithm         VARCHAR(16) NOT NULL,
    der               BYTEA       NOT NULL,
    not_before        TIMESTAMPTZ NOT NULL,
    not_after         TIMESTAMPTZ NOT NULL,
    issued_at         TIMESTAMPTZ NOT NULL,
    revoked_at        TIMESTAMPTZ,
    revocation_reason VARCHAR(32)
);
CREATE INDEX certificate_unit ON certificate (unit_id);
CREATE INDEX certificate_operator ON certificate (operator_id);
CREATE INDEX certificate_revoked ON certificate (revoked_at) WHERE revoked_at IS NOT NULL;

-- Single-use login challenges: a login deletes its challenge, so a replay finds nothing.
CREATE TABLE login_challenge (
    challenge  VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_challenge_expiry ON login_challenge (expires_at);

-- Tokens revoked before they expire (logout): identity-service refuses them; kept until they expire.
CREATE TABLE revoked_session (
    jti         VARCHAR(64) NOT NULL PRIMARY KEY,
    operator_id VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX revoked_session_expiry ON revoked_session (expires_at);
