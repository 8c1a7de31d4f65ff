-- The simulated banks' books. Money in fen. A payer is never debited below zero (checked where debited);
-- the fund's own account is not limited, so a refund of money that came from outside the books still books.
CREATE TABLE bank_account (
    bank_code      VARCHAR(8)   NOT NULL,
    account_number VARCHAR(40)  NOT NULL,
    account_name   VARCHAR(200) NOT NULL, -- exactly as written: full-width （ and half-width ( differ
    balance_fen    BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('NORMAL', 'FROZEN', 'CLOSED', 'DORMANT')),
    signed_at      TIMESTAMPTZ,           -- unit-bank collection signing (收款签约), for the banks that need it
    opened_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (bank_code, account_number)
);

-- Every movement of money, for the ledger an admin or a test reads.
CREATE TABLE account_entry (
    entry_id       BIGSERIAL    NOT NULL PRIMARY KEY,
    bank_code      VARCHAR(8)   NOT NULL,
    account_number VARCHAR(40)  NOT NULL,
    amount_fen     BIGINT       NOT NULL, -- negative: money out
    reference      VARCHAR(64)  NOT NULL, -- instruction, transfer or receipt id
    memo           VARCHAR(200) NOT NULL,
    booked_at      TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (bank_code, account_number) REFERENCES bank_account (bank_code, account_number)
);
CREATE INDEX account_entry_account ON account_entry (bank_code, account_number, entry_id);

-- A bank executes an instruction id at most once: a re-sent or duplicated instruction, or a status query,
-- finds its row here and is answered with the first outcome.
CREATE TABLE executed_instruction (
    instruction_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('DEBIT', 'REFUND')),
    bank_code      VARCHAR(8)   NOT NULL,
    account_number VARCHAR(40)  NOT NULL,
    amount_fen     BIGINT       NOT NULL,
    memo           VARCHAR(200) NOT NULL,
    reference      VARCHAR(64),           -- the refunded transfer
    outcome        VARCHAR(32)  NOT NULL,
    message        VARCHAR(200) NOT NULL,
    executed_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX executed_instruction_account ON executed_instruction (bank_code, account_number);

-- What arrived at the fund's accounts on the banks' side: transfers with a memo and counter receipts.
CREATE TABLE incoming_transfer (
    transfer_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    bank_code            VARCHAR(8)   NOT NULL,
    payer_account_number VARCHAR(40)  NOT NULL,
    payer_account_name   VARCHAR(200) NOT NULL,
    amount_fen           BIGINT       NOT NULL CHECK (amount_fen > 0),
    memo                 VARCHAR(200) NOT NULL,
    received_at          TIMESTAMPTZ  NOT NULL
);

CREATE TABLE counter_receipt (
    receipt_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    bank_code    VARCHAR(8)  NOT NULL,
    audit_number VARCHAR(32) NOT NULL,
    amount_fen   BIGINT      NOT NULL CHECK (amount_fen > 0),
    method       VARCHAR(8)  NOT NULL CHECK (method IN ('CASH', 'CHEQUE')),
    received_at  TIMESTAMPTZ NOT NULL
);
