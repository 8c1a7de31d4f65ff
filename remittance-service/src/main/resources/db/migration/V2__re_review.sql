-- Every audit number ever issued and its order. A failed order reviewed again (重新复核) gets a new audit
-- number; the old one still leads to the order (处理结果查询, and the reason a late payment to it is refunded)
-- but no longer takes payments. The view keeps the current number.
CREATE TABLE audit_number_issued (
    audit_number CHAR(14)    NOT NULL PRIMARY KEY,
    order_id     VARCHAR(64) NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_number_issued_order ON audit_number_issued (order_id);

INSERT INTO audit_number_issued (audit_number, order_id, issued_at)
SELECT audit_number, order_id, reviewed_at FROM remittance_order_view WHERE audit_number IS NOT NULL;

-- A failed order keeps its lines until it is reviewed again and paid, cancelled or lapses at month end.
COMMENT ON TABLE remittance_line IS
    'Employee lines; an active line claims its employee-month. Released when the order is cancelled, expired or discarded.';
