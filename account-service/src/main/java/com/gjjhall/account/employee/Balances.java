package com.gjjhall.account.employee;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A personal account's balance, as the ledger tables hold it. */
@Component
public class Balances {

    private final JdbcTemplate jdbc;

    public Balances(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(String personalAccountNumber) {
        return jdbc.queryForList("select balance_fen from employee_account where personal_account_number = ?",
                Long.class, personalAccountNumber).stream().findFirst().orElse(0L);
    }
}
