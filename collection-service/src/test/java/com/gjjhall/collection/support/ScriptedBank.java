package com.gjjhall.collection.support;

import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.VerificationOutcome;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bank whose answers a test writes in advance, per payer account: the outcome of each debit in turn, whether
 * it answers at all or twice, and the outcome of account checks. Like a real bank it executes an instruction
 * id once and answers a status query with the first outcome.
 */
public final class ScriptedBank {

    /** How the bank answers instructions about an account. */
    public enum Manner {
        ANSWERS,
        SILENT,
        ANSWERS_TWICE
    }

    private static final String DEBIT = EventType.of(DebitInstructed.class).toString();
    private static final String QUERY = EventType.of(DebitStatusQueried.class).toString();
    private static final String VERIFICATION = EventType.of(AccountVerificationRequested.class).toString();

    private final TestWire wire;
    private final Map<String, Deque<DebitOutcome>> debits = new ConcurrentHashMap<>();
    private final Map<String, Manner> manners = new ConcurrentHashMap<>();
    private final Map<String, VerificationOutcome> checks = new ConcurrentHashMap<>();
    private final Set<String> silentChecks = ConcurrentHashMap.newKeySet();
    private final Map<String, DebitAnswered> executed = new ConcurrentHashMap<>();

    public ScriptedBank(TestWire wire) {
        this.wire = wire;
        wire.onEvent(event -> {
            if (event.type().equals(DEBIT)) {
                debit(event.as(DebitInstructed.class));
            } else if (event.type().equals(QUERY)) {
                query(event.as(DebitStatusQueried.class));
            } else if (event.type().equals(VERIFICATION)) {
                check(event.as(AccountVerificationRequested.class));
            }
        });
    }

    /** Debits from this account end with these outcomes, one per instruction; the last one repeats. */
    public void debits(String accountNumber, DebitOutcome... outcomes) {
        debits.put(accountNumber, new ArrayDeque<>(List.of(outcomes)));
    }

    public void answers(String accountNumber, Manner manner) {
        manners.put(accountNumber, manner);
    }

    public void checks(String accountNumber, VerificationOutcome outcome) {
        checks.put(accountNumber, outcome);
    }

    public void checksSilently(String accountNumber, boolean silent) {
        if (silent) {
            silentChecks.add(accountNumber);
        } else {
            silentChecks.remove(accountNumber);
        }
    }

    private void debit(DebitInstructed instruction) {
        DebitAnswered answer = executed.computeIfAbsent(instruction.instructionId(), id -> {
            Deque<DebitOutcome> outcomes = debits.getOrDefault(instruction.payerAccountNumber(),
                    new ArrayDeque<>(List.of(DebitOutcome.SUCCEEDED)));
            DebitOutcome outcome = outcomes.size() > 1 ? outcomes.poll() : outcomes.peek();
            return new DebitAnswered(id, instruction.bankCode(), outcome, message(outcome), Instant.now());
        });
        Manner manner = manners.getOrDefault(instruction.payerAccountNumber(), Manner.ANSWERS);
        if (manner != Manner.SILENT) {
            wire.publish(answer);
        }
        if (manner == Manner.ANSWERS_TWICE) {
            wire.publish(answer);
        }
    }

    private void query(DebitStatusQueried query) {
        DebitAnswered answer = executed.get(query.instructionId());
        wire.publish(answer != null ? answer : new DebitAnswered(query.instructionId(), query.bankCode(),
                DebitOutcome.UNKNOWN_INSTRUCTION, "银行未收到该指令", Instant.now()));
    }

    private void check(AccountVerificationRequested request) {
        if (silentChecks.contains(request.accountNumber())) {
            return;
        }
        VerificationOutcome outcome = checks.getOrDefault(request.accountNumber(), VerificationOutcome.OK);
        wire.publish(new AccountVerified(request.requestId(), request.bankCode(), request.accountNumber(), outcome,
                outcome == VerificationOutcome.OK ? "账户验证通过" : "未通过", Instant.now()));
    }

    private static String message(DebitOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "扣款成功";
            case INSUFFICIENT_BALANCE -> "账户余额不足";
            case ACCOUNT_ABNORMAL -> "账户状态不正常";
            case BANK_SYSTEM_FAULT -> "银行方系统故障";
            case SIGNING_REQUIRED -> "结算失败[收方账号和付方账号未进行收款签约]";
            case UNKNOWN_INSTRUCTION -> "银行未收到该指令";
        };
    }
}
