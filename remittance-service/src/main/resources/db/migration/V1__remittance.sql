-- Months are stored as the first day of the month (DATE); money as BIGINT fen.

-- The contributing employees as account-service publishes them (account.* events): who contributes, for
-- which unit, from which month, with which base and rates. Remittance orders are built from this view.
CREATE TABLE unit_account (
    unit_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_account_number VARCHAR(64)  NOT NULL,
    unit_name           VARCHAR(200) NOT NULL,
    opened_at           TIMESTAMPTZ  NOT NULL
);

-- Rates from a month on; the account opening's rates carry effective_month '0001-01-01' (always).
CREATE TABLE unit_rate (
    unit_id             VARCHAR(64) NOT NULL,
    effective_month     DATE        NOT NULL,
    unit_rate_percent   INTEGER     NOT NULL,
    personal_rate_percent INTEGER   NOT NULL,
    PRIMARY KEY (unit_id, effective_month)
);

CREATE TABLE employee (
    personal_account_number VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_id                 VARCHAR(64)  NOT NULL,
    name                    VARCHAR(100) NOT NULL,
    id_number               VARCHAR(18)  NOT NULL
);
CREATE INDEX employee_unit ON employee (unit_id);

-- A stretch of months an employee contributes for a unit; end_month null = still contributing.
CREATE TABLE contribution_period (
    personal_account_number VARCHAR(64) NOT NULL,
    unit_id                 VARCHAR(64) NOT NULL,
    start_month             DATE        NOT NULL,
    end_month               DATE,
    PRIMARY KEY (personal_account_number, start_month)
);
CREATE INDEX contribution_period_unit ON contribution_period (unit_id, start_month);

CREATE TABLE contribution_base (
    personal_account_number VARCHAR(64) NOT NULL,
    effective_month         DATE        NOT NULL,
    base_fen                BIGINT      NOT NULL,
    PRIMARY KEY (personal_account_number, effective_month)
);

-- Orders as operators and the settlement see them; written by a subscribing projection in the command's
-- transaction, so a read right after a command sees its effect.
CREATE TABLE remittance_order_view (
    order_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_id           VARCHAR(64)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    months            VARCHAR(2000) NOT NULL,
    line_count        INTEGER      NOT NULL,
    total_fen         BIGINT       NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    entered_by        VARCHAR(64)  NOT NULL,
    entered_at        TIMESTAMPTZ  NOT NULL,
    submitted_by      VARCHAR(64),
    reviewed_by       VARCHAR(64),
    reviewed_at       TIMESTAMPTZ,
    settlement_method VARCHAR(32),
    audit_number      CHAR(14) UNIQUE,
    expires_at        TIMESTAMPTZ,
    debit_request_id  VARCHAR(64),
    reason_code       VARCHAR(64),
    reason            VARCHAR(500),
    retryable         BOOLEAN      NOT NULL DEFAULT FALSE,
    paid_by           VARCHAR(64),
    credited_at       TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX remittance_order_view_unit ON remittance_order_view (unit_id, state);
CREATE INDEX remittance_order_view_expiry ON remittance_order_view (expires_at) WHERE state IN ('PROCESSING', 'FAILED');

-- The employee lines of every order, written in batches (never one command per line). An active line
-- claims its employee-month: the partial unique index makes "paid at most once, ever" a database fact.
-- Lines of cancelled, expired, discarded or finally failed orders are released (active = false).
CREATE TABLE remittance_line (
    order_id                VARCHAR(64)  NOT NULL,
    line_no                 INTEGER      NOT NULL,
    personal_account_number VARCHAR(64)  NOT NULL,
    name                    VARCHAR(100) NOT NULL,
    month                   DATE         NOT NULL,
    base_fen                BIGINT       NOT NULL,
    unit_amount_fen         BIGINT       NOT NULL,
    personal_amount_fen     BIGINT       NOT NULL,
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (order_id, line_no)
);
CREATE UNIQUE INDEX remittance_line_employee_month ON remittance_line (personal_account_number, month) WHERE active;

-- One live monthly remittance per unit and month.
CREATE TABLE monthly_claim (
    unit_id  VARCHAR(64) NOT NULL,
    month    DATE        NOT NULL,
    order_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (unit_id, month)
);

-- The sequence part of audit numbers, per day (Asia/Shanghai).
CREATE TABLE audit_number_counter (
    day  DATE    NOT NULL PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Client keys of submit, review and resubmission requests: a repeat returns the first outcome.
CREATE TABLE client_request (
    unit_id      VARCHAR(64)  NOT NULL,
    client_key   VARCHAR(100) NOT NULL,
    operation    VARCHAR(32)  NOT NULL,
    order_id     VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    audit_number CHAR(14),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_id, client_key)
);

-- Every payment the banks reported (transfer, counter receipt, debit), once per bank reference, and what
-- became of it: credited to an order or refunded with a reason.
CREATE TABLE incoming_payment (
    payment_id           VARCHAR(100) NOT NULL PRIMARY KEY,
    channel              VARCHAR(16)  NOT NULL,
    bank_code            VARCHAR(16),
    payer_account_number VARCHAR(64),
    payer_account_name   VARCHAR(200),
    amount_fen           BIGINT       NOT NULL,
    memo                 VARCHAR(500),
    order_id             VARCHAR(64),
    outcome              VARCHAR(16)  NOT NULL,
    reason               VARCHAR(200),
    received_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX incoming_payment_order ON incoming_payment (order_id);

CREATE TABLE refund (
    instruction_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    payment_id     VARCHAR(100) NOT NULL UNIQUE,
    amount_fen     BIGINT       NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    instructed_at  TIMESTAMPTZ  NOT NULL,
    completed_at   TIMESTAMPTZ
);
