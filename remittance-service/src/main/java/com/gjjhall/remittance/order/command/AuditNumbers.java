package com.gjjhall.remittance.order.command;

import com.gjjhall.remittance.shared.AuditNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;

/** Issues audit numbers: the day's next sequence, counted in the reviewing command's transaction. */
@Component
public class AuditNumbers {

    private final JdbcTemplate jdbc;

    public AuditNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AuditNumber next(LocalDate day) {
        Integer sequence = jdbc.queryForObject("""
                insert into audit_number_counter (day, last) values (?, 1)
                on conflict (day) do update set last = audit_number_counter.last + 1 returning last""",
                Integer.class, Date.valueOf(day));
        return AuditNumber.issue(day, sequence);
    }
}
