package com.gjjhall.account.employee;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * One fund account per person across the whole fund, decided on the 18-digit form of the ID number (a
 * legacy 15-digit number and its upgrade are the same person), claimed in the opening command's transaction.
 */
@Component
public class IdNumberClaims {

    private final JdbcTemplate jdbc;

    public IdNumberClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(IdNumber idNumber, String personalAccountNumber) {
        int claimed = jdbc.update("""
                insert into id_number_claim (id_number, personal_account_number) values (?, ?)
                on conflict do nothing""", idNumber.upgraded().value(), personalAccountNumber);
        if (claimed == 0) {
            throw new BusinessException(AccountError.ID_NUMBER_HAS_ACCOUNT);
        }
    }

    public Optional<String> accountOf(IdNumber idNumber) {
        return jdbc.queryForList("select personal_account_number from id_number_claim where id_number = ?",
                String.class, idNumber.upgraded().value()).stream().findFirst();
    }
}
