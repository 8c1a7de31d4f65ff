-- account-service: views written in the command's transaction (queries see a change at once), set-based
-- claims, the remittance facts the timing rules need, and the money ledger written by the credit handler.
-- Months are 'YYYY-MM' text: they sort and compare as months.

CREATE SEQUENCE personal_account_number_seq START WITH 100000000001;
CREATE SEQUENCE unit_account_number_seq START WITH 420100000001;

-- Units enrolled for online business (identity.UnitEnrolled.v1).
CREATE TABLE enrolled_unit (
    unit_id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_name                  VARCHAR(200) NOT NULL,
    unified_social_credit_code CHAR(18)     NOT NULL,
    enrolled_at                TIMESTAMPTZ  NOT NULL
);

-- One fund account per person across the whole fund, by the 18-digit form of the ID number.
CREATE TABLE id_number_claim (
    id_number               CHAR(18)    NOT NULL PRIMARY KEY,
    personal_account_number VARCHAR(20) NOT NULL UNIQUE
);

CREATE TABLE unit_account_number_claim (
    unit_account_number VARCHAR(20) NOT NULL PRIMARY KEY,
    unit_id             VARCHAR(64) NOT NULL UNIQUE
);

CREATE TABLE unit_account (
    unit_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_account_number  VARCHAR(20)  NOT NULL UNIQUE,
    unit_name            VARCHAR(200) NOT NULL,
    unit_rate            INTEGER      NOT NULL,
    personal_rate        INTEGER      NOT NULL,
    rates_from_month     CHAR(7),
    address              VARCHAR(200),
    contact_name         VARCHAR(60),
    contact_phone        VARCHAR(20),
    closed               BOOLEAN      NOT NULL DEFAULT FALSE,
    opened_at            TIMESTAMPTZ  NOT NULL,
    closed_at            TIMESTAMPTZ
);

CREATE TABLE department (
    unit_id       VARCHAR(64) NOT NULL,
    department_id VARCHAR(32) NOT NULL,
    name          VARCHAR(60) NOT NULL,
    PRIMARY KEY (unit_id, department_id)
);

-- 个人账户: status codes of the national data standard (01 正常, 02 封存, ...). Every credited part updates the
-- balances of its employees: free space in each page (fillfactor) lets those updates stay on the page without
-- touching the indexes (HOT updates), since no indexed column changes.
CREATE TABLE employee_account (
    personal_account_number VARCHAR(20)  NOT NULL PRIMARY KEY,
    unit_id                 VARCHAR(64)  NOT NULL,
    id_number               VARCHAR(18)  NOT NULL,
    name                    VARCHAR(60)  NOT NULL,
    mobile                  VARCHAR(20),
    department_id           VARCHAR(32),
    status                  CHAR(2)      NOT NULL,
    base_fen                BIGINT       NOT NULL,
    base_from_month         CHAR(7),
    start_month             CHAR(7),
    sealed_from_month       CHAR(7),
    balance_fen             BIGINT       NOT NULL DEFAULT 0,
    last_credited_month     CHAR(7),
    opened_at               TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL
) WITH (fillfactor = 70);
CREATE INDEX employee_account_unit ON employee_account (unit_id, personal_account_number);
CREATE INDEX employee_account_unit_name ON employee_account (unit_id, name);
CREATE INDEX employee_account_id_number ON employee_account (id_number);

-- Remittance orders as remittance-service reports them: which months a unit has entered, and whether paid.
CREATE TABLE remittance_order (
    order_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id        VARCHAR(64) NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    state          VARCHAR(10) NOT NULL,   -- ENTERED (live, not yet paid), CREDITED, VOID (cancelled, expired)
    audit_number   VARCHAR(14),
    parts          INTEGER,
    credited_parts INTEGER     NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE remittance_order_month (
    order_id VARCHAR(64) NOT NULL,
    unit_id  VARCHAR(64) NOT NULL,
    month    CHAR(7)     NOT NULL,
    PRIMARY KEY (order_id, month)
);
CREATE INDEX remittance_order_month_unit ON remittance_order_month (unit_id, month);

-- Each part of a credited remittance is applied once, whatever event id it arrives under.
CREATE TABLE credited_part (
    order_id VARCHAR(64) NOT NULL,
    part     INTEGER     NOT NULL,
    PRIMARY KEY (order_id, part)
);

-- One credit per employee and month, ever: the unique key makes a second credit of the same month a no-op.
CREATE TABLE contribution_credit (
    personal_account_number VARCHAR(20) NOT NULL,
    month                   CHAR(7)     NOT NULL,
    unit_id                 VARCHAR(64) NOT NULL,
    order_id                VARCHAR(64) NOT NULL,
    unit_amount_fen         BIGINT      NOT NULL,
    personal_amount_fen     BIGINT      NOT NULL,
    PRIMARY KEY (personal_account_number, month)
);

-- 个人明细: every movement of a personal account, with the balance after it.
CREATE TABLE personal_ledger (
    id                      BIGSERIAL    NOT NULL PRIMARY KEY,
    personal_account_number VARCHAR(20)  NOT NULL,
    unit_id                 VARCHAR(64)  NOT NULL,
    value_date              DATE         NOT NULL,
    business_type           CHAR(2)      NOT NULL,
    month                   CHAR(7),
    amount_fen              BIGINT       NOT NULL,
    balance_after_fen       BIGINT       NOT NULL,
    reference               VARCHAR(64),
    recorded_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX personal_ledger_account ON personal_ledger (personal_account_number, value_date, id);

-- 单位明细: every movement of the unit's money (a credited part, interest, transfers in and out).
CREATE TABLE unit_ledger (
    id            BIGSERIAL    NOT NULL PRIMARY KEY,
    unit_id       VARCHAR(64)  NOT NULL,
    value_date    DATE         NOT NULL,
    business_type CHAR(2)      NOT NULL,
    amount_fen    BIGINT       NOT NULL,
    headcount     INTEGER      NOT NULL,
    reference     VARCHAR(64),
    summary       VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX unit_ledger_unit ON unit_ledger (unit_id, value_date, id);

-- 年度结息: one row per account and interest year (1 July to 30 June), the reconciliation statement's figures.
CREATE TABLE interest_settlement (
    interest_year           INTEGER     NOT NULL,
    personal_account_number VARCHAR(20) NOT NULL,
    unit_id                 VARCHAR(64) NOT NULL,
    opening_balance_fen     BIGINT      NOT NULL,
    movements_fen           BIGINT      NOT NULL,
    accrual_fen_days        BIGINT      NOT NULL,
    interest_fen            BIGINT      NOT NULL,
    closing_balance_fen     BIGINT      NOT NULL,
    annual_rate             VARCHAR(16) NOT NULL,
    settled_at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (interest_year, personal_account_number)
);
CREATE INDEX interest_settlement_unit ON interest_settlement (unit_id, interest_year);
