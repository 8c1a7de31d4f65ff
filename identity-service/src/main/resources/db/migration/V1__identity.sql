-- Set-based rules the event-sourced aggregates cannot check alone, written in the command's transaction.

-- A login name belongs to one operator across the whole platform, whatever its letter case.
CREATE TABLE login_name_claim (
    login_name_key VARCHAR(64)  NOT NULL PRIMARY KEY, -- lower-cased
    operator_id    VARCHAR(64)  NOT NULL UNIQUE
);

-- A unit enrols once per unified social credit code.
CREATE TABLE unit_code_claim (
    unified_social_credit_code CHAR(18)    NOT NULL PRIMARY KEY,
    unit_id                    VARCHAR(64) NOT NULL UNIQUE
);

-- Password hashes live here only: never in an event, a log line or an error.
CREATE TABLE operator_credential (
    operator_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Who can log in, as the directory projection sees it (updated in the command's transaction).
CREATE TABLE operator_directory (
    operator_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_id        VARCHAR(64)  NOT NULL,
    login_name     VARCHAR(64)  NOT NULL,
    login_name_key VARCHAR(64)  NOT NULL UNIQUE,
    mobile         VARCHAR(11)  NOT NULL,
    roles          VARCHAR(255) NOT NULL
);

CREATE TABLE unit_directory (
    unit_id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    unified_social_credit_code CHAR(18)     NOT NULL UNIQUE,
    unit_name                  VARCHAR(200) NOT NULL,
    enrolled_at                TIMESTAMPTZ  NOT NULL
);

-- Token-signing keys; private keys encrypted with the master key (AES-GCM).
CREATE TABLE signing_key (
    key_id                VARCHAR(64) NOT NULL PRIMARY KEY,
    public_jwk            TEXT        NOT NULL,
    encrypted_private_key BYTEA       NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at            TIMESTAMPTZ
);
