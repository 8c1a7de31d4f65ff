package com.gjjhall.account.timing;

import com.gjjhall.contracts.remittance.AuditNumberExpired;
import com.gjjhall.contracts.remittance.RemittanceCancelled;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Set;

/**
 * Learns which months each unit has entered and which orders died. Credits (which finish an order) are
 * recorded by the credit handler, in the same transaction as the money.
 */
@Component
class RemittanceFactsHandler implements InboundEventHandler {

    static final String ENTERED = "remittance.RemittanceEntered.v1";
    static final String CANCELLED = "remittance.RemittanceCancelled.v1";
    static final String EXPIRED = "remittance.AuditNumberExpired.v1";

    private final JdbcTemplate jdbc;

    RemittanceFactsHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ENTERED, CANCELLED, EXPIRED);
    }

    @Override
    public void handle(InboundEvent event) {
        switch (event.type()) {
            case ENTERED -> entered(event.payloadAs(RemittanceEntered.class));
            case CANCELLED -> voided(event.payloadAs(RemittanceCancelled.class).orderId());
            case EXPIRED -> voided(event.payloadAs(AuditNumberExpired.class).orderId());
            default -> throw new IllegalArgumentException("unexpected " + event.type());
        }
    }

    private void entered(RemittanceEntered event) {
        jdbc.update("""
                insert into remittance_order (order_id, unit_id, kind, state) values (?, ?, ?, 'ENTERED')
                on conflict (order_id) do nothing""", event.orderId(), event.unitId(), event.kind().name());
        for (YearMonth month : event.months()) {
            jdbc.update("insert into remittance_order_month (order_id, unit_id, month) values (?, ?, ?) on conflict do nothing",
                    event.orderId(), event.unitId(), month.toString());
        }
    }

    /** A cancelled or expired order no longer holds its months; a credited one cannot be undone this way. */
    private void voided(String orderId) {
        jdbc.update("update remittance_order set state = 'VOID', updated_at = now() where order_id = ? and state = 'ENTERED'",
                orderId);
    }
}
