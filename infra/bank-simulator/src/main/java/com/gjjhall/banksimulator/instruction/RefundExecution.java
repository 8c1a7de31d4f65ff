package com.gjjhall.banksimulator.instruction;

import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.FundAccount;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.RefundCompleted;
import com.gjjhall.contracts.bank.RefundInstructed;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Returns a transfer to its payer (原路退款) from the fund's account, once per instruction id. A payer outside
 * the simulated books is refunded all the same: the money leaves for another bank.
 */
@Component
class RefundExecution {

    static final String COMPLETED = "COMPLETED";

    private final Accounts accounts;
    private final FundAccount fund;
    private final ExecutedInstructions executed;
    private final SettlementPublisher settlements;
    private final Clock clock;

    RefundExecution(Accounts accounts, FundAccount fund, ExecutedInstructions executed,
                    SettlementPublisher settlements, Clock clock) {
        this.accounts = accounts;
        this.fund = fund;
        this.executed = executed;
        this.settlements = settlements;
        this.clock = clock;
    }

    void execute(RefundInstructed refund) {
        Optional<ExecutedInstruction> before = executed.find(refund.instructionId());
        if (before.isPresent()) {
            answer(before.get());
            return;
        }
        Instant now = clock.instant();
        ExecutedInstruction execution = new ExecutedInstruction(refund.instructionId(), ExecutedInstruction.REFUND,
                refund.bankCode(), refund.payeeAccountNumber(), refund.amountFen(), refund.reason(),
                refund.transferId(), COMPLETED, "退款成功", now);
        if (!executed.record(execution)) {
            answer(executed.find(refund.instructionId()).orElseThrow());
            return;
        }
        answer(execution);
        String memo = "原路退款 " + refund.reason();
        // Payer's account before the fund's, in the same order as debits lock them, so the two never deadlock.
        accounts.book(refund.bankCode(), refund.payeeAccountNumber(), refund.amountFen(), refund.instructionId(), memo, now);
        fund.debit(refund.amountFen(), refund.instructionId(), memo, now);
    }

    private void answer(ExecutedInstruction execution) {
        settlements.answer(new RefundCompleted(execution.instructionId(), execution.reference(), execution.bankCode(),
                execution.amountFen(), clock.instant()));
    }
}
