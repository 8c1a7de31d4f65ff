package com.gjjhall.identity.directory;

import com.gjjhall.identity.operator.OperatorChanged;
import com.gjjhall.identity.operator.OperatorCredentialsReset;
import com.gjjhall.identity.operator.OperatorFrozen;
import com.gjjhall.identity.operator.OperatorMobileChanged;
import com.gjjhall.identity.operator.OperatorRegistered;
import com.gjjhall.identity.operator.OperatorUnfrozen;
import com.gjjhall.identity.unit.OnlineBusinessOpened;
import com.gjjhall.identity.unit.UnitEnrolled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Who can log in, for which unit, and whether they are frozen. A subscribing processor: it writes in the
 * command's own transaction, so a login right after a registration or a freeze sees it.
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
    void on(OnlineBusinessOpened event) {
        jdbc.update("""
                update unit_directory set agreement_version = ?, online_business_opened_at = ?, contact_name = ?,
                       contact_mobile = ?
                where unit_id = ?""",
                event.agreementVersion(), Timestamp.from(event.openedAt()), event.contactName(), event.contactMobile(),
                event.unitId());
    }

    @EventHandler
    void on(OperatorRegistered event) {
        jdbc.update("""
                insert into operator_directory (operator_id, unit_id, login_name, login_name_key, mobile, roles,
                                                operator_name)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.operatorId(), event.unitId(), event.loginName(), event.loginName().toLowerCase(Locale.ROOT),
                event.mobile(), String.join(",", new TreeSet<>(event.roles())), event.operatorName());
    }

    @EventHandler
    void on(OperatorChanged event) {
        jdbc.update("update operator_directory set operator_name = ?, mobile = ? where operator_id = ?",
                event.operatorName(), event.mobile(), event.operatorId());
    }

    @EventHandler
    void on(OperatorMobileChanged event) {
        jdbc.update("update operator_directory set mobile = ? where operator_id = ?", event.mobile(), event.operatorId());
    }

    @EventHandler
    void on(OperatorCredentialsReset event) {
        jdbc.update("update operator_directory set login_name = ?, login_name_key = ? where operator_id = ?",
                event.loginName(), event.loginName().toLowerCase(Locale.ROOT), event.operatorId());
    }

    @EventHandler
    void on(OperatorFrozen event) {
        jdbc.update("update operator_directory set frozen_until = ? where operator_id = ?",
                Timestamp.from(event.frozenUntil()), event.operatorId());
    }

    @EventHandler
    void on(OperatorUnfrozen event) {
        jdbc.update("update operator_directory set frozen_until = null where operator_id = ?", event.operatorId());
    }
}
