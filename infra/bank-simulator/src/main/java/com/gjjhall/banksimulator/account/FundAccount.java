package com.gjjhall.banksimulator.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The fund's receiving account (公积金归集户): debits, transfers and counter receipts are credited to it,
 * refunds leave from it. Opened before the simulator reads its first instruction.
 */
@Component
public class FundAccount implements InitializingBean {

    /** Where the fund's account is ({@code gjj.bank.fund-account.*}). */
    @ConfigurationProperties("gjj.bank.fund-account")
    public record Settings(String bankCode, String accountNumber, String accountName) {
    }

    private static final Logger log = LoggerFactory.getLogger(FundAccount.class);

    private final Settings settings;
    private final Accounts accounts;
    private final Clock clock;

    FundAccount(Settings settings, Accounts accounts, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (accounts.openIfAbsent(new BankAccount(settings.bankCode(), settings.accountNumber(), settings.accountName(),
                0, AccountStatus.NORMAL, null, clock.instant()))) {
            log.info("opened the fund's receiving account {} {} ({})", settings.bankCode(), settings.accountNumber(),
                    settings.accountName());
        }
    }

    public String bankCode() {
        return settings.bankCode();
    }

    public String accountNumber() {
        return settings.accountNumber();
    }

    public void credit(long amountFen, String reference, String memo, Instant at) {
        accounts.book(settings.bankCode(), settings.accountNumber(), amountFen, reference, memo, at);
    }

    /** Credits each amount with its own entry, in one update of the balance. */
    public void creditAll(List<Movement> credits, Instant at) {
        accounts.bookAll(settings.bankCode(), settings.accountNumber(), credits.stream()
                .map(c -> new Movement(settings.bankCode(), settings.accountNumber(), c.amountFen(), c.reference(), c.memo()))
                .toList(), at);
    }

    public void debit(long amountFen, String reference, String memo, Instant at) {
        accounts.book(settings.bankCode(), settings.accountNumber(), -amountFen, reference, memo, at);
    }
}
