package com.gjjhall.identity.directory;

import com.gjjhall.identity.operator.OperatorRegistered;
import com.gjjhall.identity.unit.UnitEnrolled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Who can log in and for which unit. A subscribing processor: it writes in the command's own transaction,
 * so a login right after registration finds the operator.
 */
@Component
@ProcessingGroup("directory")
class DirectoryProjection {

    private final JdbcTemplate jdbc;

    DirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitEnrolled event) {
        jdbc.update("""
                insert into unit_directory (unit_id, unified_social_credit_code, unit_name, enrolled_at)
                values (?, ?, ?, ?) on conflict do nothing""",
                event.unitId(), event.unifiedSocialCreditCode(), event.unitName(), Timestamp.from(event.enrolledAt()));
    }

    @EventHandler
    void on(OperatorRegistered event) {
        jdbc.update("""
                insert into operator_directory (operator_id, unit_id, login_name, login_name_key, mobile, roles)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.operatorId(), event.unitId(), event.loginName(), event.loginName().toLowerCase(Locale.ROOT),
                event.mobile(), String.join(",", new TreeSet<>(event.roles())));
    }
}
