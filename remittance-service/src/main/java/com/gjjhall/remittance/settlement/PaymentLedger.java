package com.gjjhall.remittance.settlement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Every payment a bank reported, once per bank reference (transfer id, receipt id, debit request id):
 * banks re-send the same notice, sometimes under a new event id, and it must not be applied twice.
 */
@Component
class PaymentLedger {

    enum Channel { TRANSFER, COUNTER, DEBIT }

    enum Outcome { RECEIVED, CREDITED, REFUNDED, IGNORED }

    private final JdbcTemplate jdbc;

    PaymentLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this payment was recorded before (a repeated notice) */
    boolean recordFirst(String paymentId, Channel channel, String bankCode, String payerAccountNumber,
                        String payerAccountName, long amountFen, String memo, Instant receivedAt) {
        return jdbc.update("""
                insert into incoming_payment (payment_id, channel, bank_code, payer_account_number, payer_account_name,
                                              amount_fen, memo, outcome, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing""",
                paymentId, channel.name(), bankCode, payerAccountNumber, payerAccountName, amountFen, memo,
                Outcome.RECEIVED.name(), Timestamp.from(receivedAt)) == 1;
    }

    void settle(String paymentId, String orderId, Outcome outcome, String reason) {
        jdbc.update("update incoming_payment set order_id = ?, outcome = ?, reason = ? where payment_id = ?",
                orderId, outcome.name(), reason, paymentId);
    }
}
