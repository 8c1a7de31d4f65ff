package com.gjjhall.banksimulator.instruction;

import com.gjjhall.banksimulator.account.AccountStatus;
import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.BankAccount;
import com.gjjhall.banksimulator.account.FundAccount;
import com.gjjhall.banksimulator.fault.Faults;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Entrusted-collection debits (委托收款): the payer account pays the fund's account, each instruction id at
 * most once. A copy of an executed instruction, or a status query, is answered with the first outcome.
 */
@Component
class DebitExecution {

    private final Accounts accounts;
    private final FundAccount fund;
    private final ExecutedInstructions executed;
    private final Faults faults;
    private final SettlementPublisher settlements;
    private final Clock clock;

    DebitExecution(Accounts accounts, FundAccount fund, ExecutedInstructions executed, Faults faults,
                   SettlementPublisher settlements, Clock clock) {
        this.accounts = accounts;
        this.fund = fund;
        this.executed = executed;
        this.faults = faults;
        this.settlements = settlements;
        this.clock = clock;
    }

    void execute(DebitInstructed instruction) {
        Optional<ExecutedInstruction> before = executed.find(instruction.instructionId());
        if (before.isPresent()) {
            answer(before.get());
            return;
        }
        Instant now = clock.instant();
        DebitOutcome outcome = faults.systemFault() ? DebitOutcome.BANK_SYSTEM_FAULT : decide(instruction);
        ExecutedInstruction execution = new ExecutedInstruction(instruction.instructionId(), ExecutedInstruction.DEBIT,
                instruction.bankCode(), instruction.payerAccountNumber(), instruction.amountFen(), instruction.memo(),
                null, outcome.name(), DebitAnswers.message(outcome), now);
        if (!executed.record(execution)) {
            answer(executed.find(instruction.instructionId()).orElseThrow());
            return;
        }
        answer(execution);
        if (outcome == DebitOutcome.SUCCEEDED) {
            String memo = "委托收款 " + instruction.memo();
            accounts.withdraw(instruction.bankCode(), instruction.payerAccountNumber(), instruction.amountFen(),
                    instruction.instructionId(), memo, now);
            // Last, so the fund's account, which every debit credits, stays locked only until the commit.
            fund.credit(instruction.amountFen(), instruction.instructionId(), memo, now);
        }
    }

    void answerQuery(DebitStatusQueried query) {
        Optional<ExecutedInstruction> before = executed.find(query.instructionId());
        if (before.isPresent()) {
            answer(before.get());
        } else {
            settlements.answer(new DebitAnswered(query.instructionId(), query.bankCode(), DebitOutcome.UNKNOWN_INSTRUCTION,
                    DebitAnswers.message(DebitOutcome.UNKNOWN_INSTRUCTION), clock.instant()));
        }
    }

    /** The payer's row stays locked until the transaction ends, so the balance checked is the balance debited. */
    private DebitOutcome decide(DebitInstructed instruction) {
        Optional<BankAccount> payer = accounts.lock(instruction.bankCode(), instruction.payerAccountNumber());
        if (payer.isEmpty() || payer.get().status() != AccountStatus.NORMAL) {
            return DebitOutcome.ACCOUNT_ABNORMAL;
        }
        boolean signingRequired = CooperatingBank.ofCode(instruction.bankCode())
                .map(CooperatingBank::signingRequired).orElse(false);
        if (signingRequired && !payer.get().isSigned()) {
            return DebitOutcome.SIGNING_REQUIRED;
        }
        if (payer.get().balanceFen() < instruction.amountFen()) {
            return DebitOutcome.INSUFFICIENT_BALANCE;
        }
        return DebitOutcome.SUCCEEDED;
    }

    private void answer(ExecutedInstruction execution) {
        settlements.answer(new DebitAnswered(execution.instructionId(), execution.bankCode(),
                DebitOutcome.valueOf(execution.outcome()), execution.message(), clock.instant()));
    }
}
