package com.gjjhall.account.unit;

import com.gjjhall.account.demo.DemoAccounts;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Set;

/** Knows the units enrolled for online business: a clerk opening a unit's account gets its name from here. */
@Component
class EnrolledUnitsHandler implements InboundEventHandler {

    private final JdbcTemplate jdbc;
    private final DemoAccounts demo;

    EnrolledUnitsHandler(JdbcTemplate jdbc, DemoAccounts demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("identity.UnitEnrolled.v1");
    }

    @Override
    public void handle(InboundEvent event) {
        UnitEnrolled enrolled = event.payloadAs(UnitEnrolled.class);
        jdbc.update("""
                insert into enrolled_unit (unit_id, unit_name, unified_social_credit_code, enrolled_at) values (?, ?, ?, ?)
                on conflict (unit_id) do update set unit_name = excluded.unit_name""",
                enrolled.unitId(), enrolled.unitName(), enrolled.unifiedSocialCreditCode(),
                Timestamp.from(enrolled.enrolledAt()));
        demo.unitEnrolled(enrolled.unitId(), enrolled.unitName());
    }
}
