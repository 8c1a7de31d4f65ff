-- Views of the agreements and debits, written in the command's own transaction (subscribing processors),
-- and the bank requests still waiting for an answer.

-- The units identity-service enrolled, for names on registration forms and to refuse unknown units.
CREATE TABLE unit_directory (
    unit_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_name   VARCHAR(200) NOT NULL,
    enrolled_at TIMESTAMPTZ  NOT NULL
);

-- Each unit's entrusted-collection agreement (委托收款协议) as it stands.
CREATE TABLE agreement_view (
    unit_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(64),
    state        VARCHAR(16) NOT NULL CHECK (state IN ('NONE', 'EFFECTIVE', 'ENDED')),
    updated_at   TIMESTAMPTZ NOT NULL
);

-- The payer accounts in force, in debit order (position 1 is debited).
CREATE TABLE agreement_account (
    unit_id        VARCHAR(64)  NOT NULL,
    account_number VARCHAR(40)  NOT NULL,
    position       INTEGER      NOT NULL,
    bank_code      VARCHAR(8)   NOT NULL,
    account_name   VARCHAR(200) NOT NULL,
    effective_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (unit_id, account_number)
);

-- Every application (登记, 开通申请, 变更, 取消部分账户, 结算方式取消): what it asked, how it ended, and the
-- registration form (登记表) printed from it.
CREATE TABLE agreement_application (
    application_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_id             VARCHAR(64)  NOT NULL,
    agreement_id        VARCHAR(64),
    application_type    VARCHAR(24)  NOT NULL,
    state               VARCHAR(16)  NOT NULL CHECK (state IN ('VERIFYING', 'REFUSED', 'AWAITING_BANK', 'EFFECTIVE', 'WITHDRAWN')),
    added_accounts      TEXT         NOT NULL, -- JSON list of {bankCode, accountNumber, accountName}
    removed_accounts    TEXT         NOT NULL, -- JSON list of account numbers replaced or cancelled
    resulting_accounts  TEXT,                  -- JSON list: the accounts in force once it took effect
    submitted_by        VARCHAR(64)  NOT NULL,
    submitted_at        TIMESTAMPTZ  NOT NULL,
    refused_account     VARCHAR(40),
    refusal_reason_code VARCHAR(32),
    refusal_reason      VARCHAR(200),
    confirmed_by        VARCHAR(64),
    decided_at          TIMESTAMPTZ
);
CREATE INDEX agreement_application_unit ON agreement_application (unit_id, submitted_at DESC);

-- Unit-bank signings (收款签约) the banks reported, whether or not the account is registered yet.
CREATE TABLE payer_signing (
    bank_code      VARCHAR(8)  NOT NULL,
    account_number VARCHAR(40) NOT NULL,
    signed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (bank_code, account_number)
);

-- The processing status (处理结果查询) of each audit number paid by entrusted collection.
CREATE TABLE debit_status (
    audit_number         CHAR(14)     NOT NULL PRIMARY KEY,
    unit_id              VARCHAR(64)  NOT NULL,
    state                VARCHAR(16)  NOT NULL CHECK (state IN ('PROCESSING', 'SUCCEEDED', 'FAILED')),
    amount_fen           BIGINT       NOT NULL,
    bank_code            VARCHAR(8),
    payer_account_number VARCHAR(40),
    reason_code          VARCHAR(32),
    reason               VARCHAR(200),
    retryable            BOOLEAN      NOT NULL DEFAULT FALSE,
    requested_at         TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX debit_status_unit ON debit_status (unit_id, requested_at DESC);

-- Each instruction sent to a bank for an audit number: its timeline.
CREATE TABLE debit_attempt (
    instruction_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    audit_number         CHAR(14)     NOT NULL,
    bank_code            VARCHAR(8)   NOT NULL,
    payer_account_number VARCHAR(40)  NOT NULL,
    amount_fen           BIGINT       NOT NULL,
    state                VARCHAR(16)  NOT NULL CHECK (state IN ('PROCESSING', 'SUCCEEDED', 'FAILED')),
    outcome              VARCHAR(32),
    message              VARCHAR(200),
    status_queries       INTEGER      NOT NULL DEFAULT 0,
    instructed_at        TIMESTAMPTZ  NOT NULL,
    answered_at          TIMESTAMPTZ
);
CREATE INDEX debit_attempt_audit_number ON debit_attempt (audit_number, instructed_at);

-- Requests sent to a bank (debits, account checks): which aggregate the answer belongs to, and, while
-- unanswered, when to ask again. Kept in the database so a restart goes on asking.
CREATE TABLE bank_request (
    request_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('DEBIT', 'VERIFICATION')),
    aggregate_id  VARCHAR(64) NOT NULL,
    pending       BOOLEAN     NOT NULL,
    checks        INTEGER     NOT NULL DEFAULT 0,
    next_check_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX bank_request_due ON bank_request (next_check_at) WHERE pending;
