package com.gjjhall.banksimulator.account;

import com.gjjhall.banksimulator.BankSimulatorError;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** What bank staff do to accounts: open them, change them, and record the unit-bank signing. */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final SettlementPublisher settlements;
    private final Clock clock;

    AccountAdministration(Accounts accounts, SettlementPublisher settlements, Clock clock) {
        this.accounts = accounts;
        this.settlements = settlements;
        this.clock = clock;
    }

    @Transactional
    public BankAccount open(String bankCode, String accountNumber, String accountName, long balanceFen, AccountStatus status) {
        requireCooperating(bankCode);
        BankAccount account = new BankAccount(bankCode, accountNumber, accountName, balanceFen,
                status == null ? AccountStatus.NORMAL : status, null, clock.instant());
        accounts.open(account);
        return account;
    }

    @Transactional
    public BankAccount change(String bankCode, String accountNumber, String accountName, AccountStatus status, Long balanceFen) {
        return accounts.change(bankCode, accountNumber, accountName, status, balanceFen, clock.instant());
    }

    /**
     * The unit signed with its bank (收款签约): reported to the platform, once; reporting it again repeats the
     * report without changing the signing date.
     */
    @Transactional
    public BankAccount sign(String bankCode, String accountNumber) {
        Instant now = clock.instant();
        accounts.sign(bankCode, accountNumber, now);
        BankAccount account = accounts.require(bankCode, accountNumber);
        settlements.notice(new UnitBankSigningReported(bankCode, accountNumber, account.signedAt()), 1);
        return account;
    }

    static void requireCooperating(String bankCode) {
        if (CooperatingBank.ofCode(bankCode).isEmpty()) {
            throw new BusinessException(BankSimulatorError.NOT_A_COOPERATING_BANK);
        }
    }
}
