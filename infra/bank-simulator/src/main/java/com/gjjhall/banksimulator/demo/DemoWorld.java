package com.gjjhall.banksimulator.demo;

import com.gjjhall.banksimulator.account.AccountStatus;
import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.BankAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The banks' side of the demo unit 示范单位 (U-DEMO, seeded by identity-service): a well-funded payer account
 * at ICBC that debits at once, and one at CCB that fails with 结算失败[收方账号和付方账号未进行收款签约] until
 * the signing is reported. Accounts already there are left as they are. Opened before the simulator reads its first
 * instruction, as the fund's account is: collection-service's demo registration may be waiting on the topic, and
 * its account check must find the ICBC account, not answer 账号不存在.
 */
@Component
@ConditionalOnProperty(name = "gjj.demo.seed", havingValue = "true")
class DemoWorld implements InitializingBean {

    static final String UNIT_NAME = "示范单位";
    static final BankAccount ICBC = account("ICBC", "3202000000000001", 100_000_000);
    static final BankAccount CCB = account("CCB", "4200000000000001", 50_000_000);

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    private final Accounts accounts;
    private final Clock clock;

    DemoWorld(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        for (BankAccount account : new BankAccount[] {ICBC, CCB}) {
            accounts.openIfAbsent(new BankAccount(account.bankCode(), account.accountNumber(), account.accountName(),
                    account.balanceFen(), account.status(), null, clock.instant()));
        }
        log.info("demo banks ready: {} payer accounts ICBC {} and CCB {} (CCB needs the unit-bank signing)",
                UNIT_NAME, ICBC.accountNumber(), CCB.accountNumber());
    }

    private static BankAccount account(String bankCode, String accountNumber, long balanceFen) {
        return new BankAccount(bankCode, accountNumber, UNIT_NAME, balanceFen, AccountStatus.NORMAL, null, null);
    }
}
