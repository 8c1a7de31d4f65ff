package com.gjjhall.account.employee;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** New personal account numbers (个人账号 GRZH): twelve digits from a database sequence. */
@Component
public class PersonalAccountNumbers {

    private final JdbcTemplate jdbc;

    public PersonalAccountNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next() {
        return String.valueOf(jdbc.queryForObject("select nextval('personal_account_number_seq')", Long.class));
    }
}
