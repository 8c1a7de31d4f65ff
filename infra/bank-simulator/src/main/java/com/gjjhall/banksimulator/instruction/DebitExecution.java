package com.gjjhall.banksimulator.instruction;

import com.gjjhall.banksimulator.account.AccountStatus;
import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.BankAccount;
import com.gjjhall.banksimulator.account.FundAccount;
import com.gjjhall.banksimulator.account.Movement;
import com.gjjhall.banksimulator.fault.Faults;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.messaging.trace.TraceId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entrusted-collection debits (委托收款): the payer account pays the fund's account, each instruction id at
 * most once. A copy of an executed instruction, or a status query, is answered with the first outcome.
 * Answers go out once the transaction has committed ({@link SettlementPublisher}).
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

    /** A debit instruction as it arrived, with the trace id its answer carries back. */
    record Received(DebitInstructed instruction, String traceId) {
    }

    /**
     * A poll's debit instructions, executed as if one after the other in their order, in a few statements for
     * all: the executions before, the payers' accounts (locked in one order, see {@link Accounts#lockAll}), the
     * claims of the new ids, the withdrawals, the fund's credits. A copy of an instruction, in the poll or
     * before it, is answered with the first outcome.
     */
    void executeAll(List<Received> received) {
        Map<String, ExecutedInstruction> outcomes = executed.findAll(received.stream()
                .map(r -> r.instruction().instructionId()).collect(Collectors.toSet()));
        Map<String, DebitInstructed> fresh = new LinkedHashMap<>();
        received.stream().map(Received::instruction).filter(i -> !outcomes.containsKey(i.instructionId()))
                .forEach(i -> fresh.putIfAbsent(i.instructionId(), i));
        if (!fresh.isEmpty()) {
            execute(List.copyOf(fresh.values())).forEach(e -> outcomes.put(e.instructionId(), e));
        }
        for (Received r : received) {
            try (TraceId.Scope ignored = TraceId.open(r.traceId())) {
                answer(outcomes.get(r.instruction().instructionId()));
            }
        }
    }

    private List<ExecutedInstruction> execute(List<DebitInstructed> instructions) {
        Map<List<String>, BankAccount> payers = new HashMap<>();
        accounts.lockAll(instructions.stream().map(DebitInstructed::bankCode).toList(),
                instructions.stream().map(DebitInstructed::payerAccountNumber).toList())
                .forEach(a -> payers.put(List.of(a.bankCode(), a.accountNumber()), a));
        Map<List<String>, Long> balances = new HashMap<>();
        payers.forEach((key, account) -> balances.put(key, account.balanceFen()));
        Instant now = clock.instant();
        List<ExecutedInstruction> executions = new ArrayList<>();
        List<Movement> debited = new ArrayList<>();
        for (DebitInstructed instruction : instructions) {
            List<String> payer = List.of(instruction.bankCode(), instruction.payerAccountNumber());
            DebitOutcome outcome = faults.systemFault() ? DebitOutcome.BANK_SYSTEM_FAULT
                    : decide(instruction, payers.get(payer), balances.getOrDefault(payer, 0L));
            executions.add(new ExecutedInstruction(instruction.instructionId(), ExecutedInstruction.DEBIT,
                    instruction.bankCode(), instruction.payerAccountNumber(), instruction.amountFen(), instruction.memo(),
                    null, outcome.name(), DebitAnswers.message(outcome), now));
            if (outcome == DebitOutcome.SUCCEEDED) {
                balances.merge(payer, -instruction.amountFen(), Long::sum);
                debited.add(new Movement(instruction.bankCode(), instruction.payerAccountNumber(), instruction.amountFen(),
                        instruction.instructionId(), "委托收款 " + instruction.memo()));
            }
        }
        Set<String> claimed = executed.recordAll(executions);
        if (claimed.size() < executions.size()) {
            // Another consumer executed some of them meanwhile (a rebalance): what was decided here may rest on
            // withdrawals that will not happen. Rolled back, the poll is applied one instruction at a time.
            throw new IllegalStateException((executions.size() - claimed.size()) + " of " + executions.size()
                    + " debit instructions were executed by another consumer meanwhile");
        }
        if (!debited.isEmpty()) {
            accounts.withdrawAll(debited, now);
            // Last, so the fund's account, which every debit credits, stays locked only until the commit.
            fund.creditAll(debited, now);
        }
        return executions;
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

    /**
     * {@code payer} is locked until the transaction ends, and {@code balanceFen} is its balance after the debits
     * decided before this one: the balance checked is the balance debited.
     */
    private static DebitOutcome decide(DebitInstructed instruction, BankAccount payer, long balanceFen) {
        if (payer == null || payer.status() != AccountStatus.NORMAL) {
            return DebitOutcome.ACCOUNT_ABNORMAL;
        }
        boolean signingRequired = CooperatingBank.ofCode(instruction.bankCode())
                .map(CooperatingBank::signingRequired).orElse(false);
        if (signingRequired && !payer.isSigned()) {
            return DebitOutcome.SIGNING_REQUIRED;
        }
        if (balanceFen < instruction.amountFen()) {
            return DebitOutcome.INSUFFICIENT_BALANCE;
        }
        return DebitOutcome.SUCCEEDED;
    }

    private void answer(ExecutedInstruction execution) {
        settlements.answer(new DebitAnswered(execution.instructionId(), execution.bankCode(),
                DebitOutcome.valueOf(execution.outcome()), execution.message(), clock.instant()));
    }
}
