package com.gjjhall.remittance.settlement;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Refund instructions to the banks: one per payment (the payment id is unique here, so a bank is never
 * told twice), stored as an event the outbox publishes on {@code bank.instruction}.
 */
@Component
class Refunds {

    private final JdbcTemplate jdbc;
    private final EventBus events;

    Refunds(JdbcTemplate jdbc, EventBus events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void instruct(String paymentId, String bankCode, String payeeAccountNumber, String payeeAccountName,
                  long amountFen, String reason, Instant now) {
        String instructionId = "RF" + UUID.randomUUID().toString().replace("-", "");
        int inserted = jdbc.update("""
                insert into refund (instruction_id, payment_id, amount_fen, reason, status, instructed_at)
                values (?, ?, ?, ?, 'INSTRUCTED', ?) on conflict (payment_id) do nothing""",
                instructionId, paymentId, amountFen, reason, Timestamp.from(now));
        if (inserted == 0) {
            return;
        }
        var message = GenericEventMessage.asEventMessage(new RefundRequested(instructionId, paymentId, bankCode,
                payeeAccountNumber, payeeAccountName, amountFen, reason, now));
        events.publish(CurrentUnitOfWork.isStarted()
                ? message.andMetaData(CurrentUnitOfWork.get().getCorrelationData()) : message);
    }

    void completed(String instructionId, Instant completedAt) {
        jdbc.update("update refund set status = 'COMPLETED', completed_at = ? where instruction_id = ?",
                Timestamp.from(completedAt), instructionId);
    }
}
