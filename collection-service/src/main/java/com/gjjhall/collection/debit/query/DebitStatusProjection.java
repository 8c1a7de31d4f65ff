package com.gjjhall.collection.debit.query;

import com.gjjhall.collection.bank.BankRequests;
import com.gjjhall.collection.debit.command.DebitFailed;
import com.gjjhall.collection.debit.command.DebitInstructed;
import com.gjjhall.collection.debit.command.DebitStatusQueryIssued;
import com.gjjhall.collection.debit.command.DebitSucceeded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The processing status (处理结果查询) of each audit number and the timeline of its instructions, written in
 * the command's transaction; also opens and closes the watch on each instruction until the bank answers. The
 * statements of a batch of events go to the database together ({@link ViewWrites}).
 */
@Component
@ProcessingGroup("debit-status")
class DebitStatusProjection {

    private final ViewWrites writes;
    private final BankRequests bankRequests;

    DebitStatusProjection(JdbcTemplate jdbc, BankRequests bankRequests) {
        this.writes = new ViewWrites(jdbc);
        this.bankRequests = bankRequests;
    }

    /**
     * A new instruction: the audit number is 处理中 again, even after an earlier attempt failed. The status, the
     * attempt and the watch on the instruction are written in one statement (round trips saved on every debit).
     */
    @EventHandler
    void on(DebitInstructed event) {
        Timestamp at = Timestamp.from(event.instructedAt());
        writes.update("with " + BankRequests.SENT_CLAUSE + """
                , status as (
                    insert into debit_status (audit_number, unit_id, state, amount_fen, bank_code, payer_account_number,
                                              requested_at, updated_at) values (?, ?, 'PROCESSING', ?, ?, ?, ?, ?)
                    on conflict (audit_number) do update set state = 'PROCESSING', amount_fen = excluded.amount_fen,
                        bank_code = excluded.bank_code, payer_account_number = excluded.payer_account_number,
                        reason_code = null, reason = null, retryable = false, updated_at = excluded.updated_at)
                insert into debit_attempt (instruction_id, audit_number, bank_code, payer_account_number, amount_fen,
                                           state, instructed_at) values (?, ?, ?, ?, ?, 'PROCESSING', ?)""",
                event.instructionId(), BankRequests.Kind.DEBIT.name(), event.auditNumber(),
                bankRequests.firstCheckAt(event.instructedAt()),
                event.auditNumber(), event.unitId(), event.amountFen(), event.bankCode(), event.payerAccountNumber(), at, at,
                event.instructionId(), event.auditNumber(), event.bankCode(), event.payerAccountNumber(),
                event.amountFen(), at);
    }

    @EventHandler
    void on(DebitStatusQueryIssued event) {
        writes.update("update debit_attempt set status_queries = status_queries + 1 where instruction_id = ?",
                event.instructionId());
    }

    /** The status, the attempt and the end of the watch on the instruction, in one statement. */
    @EventHandler
    void on(DebitSucceeded event) {
        Timestamp at = Timestamp.from(event.succeededAt());
        writes.update("with " + BankRequests.ANSWERED_CLAUSE + """
                , status as (
                    update debit_status set state = 'SUCCEEDED', reason_code = null, reason = null, retryable = false,
                        updated_at = ? where audit_number = ? and state <> 'SUCCEEDED')
                update debit_attempt set state = 'SUCCEEDED', outcome = 'SUCCEEDED', message = '扣款成功', answered_at = ?
                where instruction_id = ? and state = 'PROCESSING'""",
                event.instructionId(), at, event.auditNumber(), at, event.instructionId());
    }

    /** Likewise; a request refused before any instruction (no agreement, another unit's number) has no attempt. */
    @EventHandler
    void on(DebitFailed event) {
        Timestamp at = Timestamp.from(event.failedAt());
        String status = """
                insert into debit_status (audit_number, unit_id, state, amount_fen, reason_code, reason, retryable,
                                          requested_at, updated_at) values (?, ?, 'FAILED', 0, ?, ?, ?, ?, ?)
                on conflict (audit_number) do update set state = 'FAILED', reason_code = excluded.reason_code,
                    reason = excluded.reason, retryable = excluded.retryable, updated_at = excluded.updated_at
                where debit_status.unit_id = excluded.unit_id and debit_status.state <> 'SUCCEEDED'""";
        if (event.instructionId() == null) {
            writes.update(status, event.auditNumber(), event.unitId(), event.reasonCode(), event.reason(), event.retryable(),
                    at, at);
            return;
        }
        writes.update("with " + BankRequests.ANSWERED_CLAUSE + ", status as (" + status + """
                )
                update debit_attempt set state = 'FAILED', outcome = ?, message = ?, answered_at = ?
                where instruction_id = ? and state = 'PROCESSING'""",
                event.instructionId(), event.auditNumber(), event.unitId(), event.reasonCode(), event.reason(),
                event.retryable(), at, at, event.reasonCode(), event.reason(), at, event.instructionId());
    }
}
