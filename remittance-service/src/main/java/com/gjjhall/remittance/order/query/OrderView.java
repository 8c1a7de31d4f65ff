package com.gjjhall.remittance.order.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An order as 处理结果查询 shows it: its state (and the state's Chinese name), why it failed or ended, its
 * audit number and when that lapses, and, while a 网银转账 waits for its money, where to pay and what to write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(String orderId, String unitId, String kind, String kindName, List<String> months,
                        int lineCount, long totalFen, String state, String stateName, String enteredBy,
                        Instant enteredAt, String submittedBy, String reviewedBy, Instant reviewedAt,
                        String settlementMethod, String settlementMethodName, String auditNumber, Instant expiresAt,
                        String debitRequestId, String reasonCode, String reason, boolean retryable,
                        String paidBy, Instant creditedAt, BankTransfer bankTransfer) {

    /**
     * How the unit pays a reviewed 网银转账 order: to the fund's receiving account (收款户名, 收款账号, 收款行), with
     * the memo (附言) exactly this, the 14-digit audit number alone, or the money goes back.
     */
    public record BankTransfer(String payeeAccountName, String payeeAccountNumber, String payeeBankName, String memo) {
    }

    /** Whether {@code auditNumber} was this order's before a re-review (重新复核) replaced it. */
    public boolean replaced(String auditNumber) {
        return !auditNumber.equals(this.auditNumber);
    }
}
