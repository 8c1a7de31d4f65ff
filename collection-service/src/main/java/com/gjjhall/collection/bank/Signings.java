package com.gjjhall.collection.bank;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** The unit-bank signings (收款签约) banks reported, shown beside the payer accounts that need one. */
@Component
public class Signings {

    private final JdbcTemplate jdbc;

    Signings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String bankCode, String accountNumber, Instant signedAt) {
        jdbc.update("""
                insert into payer_signing (bank_code, account_number, signed_at) values (?, ?, ?)
                on conflict (bank_code, account_number) do nothing""", bankCode, accountNumber, Timestamp.from(signedAt));
    }
}
