package com.gjjhall.banksimulator.instruction;

import com.gjjhall.banksimulator.account.AccountStatus;
import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.BankAccount;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.VerificationOutcome;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks a payer account before it is registered for entrusted collection. The name must be exactly the
 * bank's: full-width （ and half-width ( are different characters, so 示范单位(武汉) is not 示范单位（武汉）.
 */
@Component
class AccountVerification {

    private final Accounts accounts;
    private final SettlementPublisher settlements;
    private final Clock clock;

    AccountVerification(Accounts accounts, SettlementPublisher settlements, Clock clock) {
        this.accounts = accounts;
        this.settlements = settlements;
        this.clock = clock;
    }

    void verify(AccountVerificationRequested request) {
        VerificationOutcome outcome = check(accounts.find(request.bankCode(), request.accountNumber()), request.accountName());
        settlements.answer(new AccountVerified(request.requestId(), request.bankCode(), request.accountNumber(), outcome,
                message(outcome), clock.instant()));
    }

    static VerificationOutcome check(Optional<BankAccount> account, String name) {
        if (account.isEmpty()) {
            return VerificationOutcome.NOT_FOUND;
        }
        if (!account.get().accountName().equals(name)) {
            return VerificationOutcome.NAME_MISMATCH;
        }
        if (account.get().status() != AccountStatus.NORMAL) {
            return VerificationOutcome.ABNORMAL_STATUS;
        }
        return VerificationOutcome.OK;
    }

    static String message(VerificationOutcome outcome) {
        return switch (outcome) {
            case OK -> "账户验证通过";
            case NOT_FOUND -> "账号不存在";
            case NAME_MISMATCH -> "扣款户名不一致";
            case ABNORMAL_STATUS -> "账户状态不正常";
        };
    }
}
