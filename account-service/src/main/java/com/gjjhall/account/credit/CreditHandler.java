package com.gjjhall.account.credit;

import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceKind;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.messaging.trace.TraceId;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Credits each employee line of a credited remittance to the employee's account, once per employee and month.
 *
 * <p>Why not one Axon command per line: one command appends one event in its own transaction, ~1,700 a second
 * on this kind of machine, and a month-end wave is 100,000 lines. A whole part is instead applied here, in the
 * inbound event's transaction, with a handful of set-based statements (arrays unnested by PostgreSQL): the
 * credit rows, whose primary key (personal account, month) turns a second credit of the same month into a
 * no-op whatever order or event id it comes with; the balances; the personal and unit ledgers; and one stored
 * domain event for the whole part, which the outbox publishes as {@code account.RemittanceLinesCredited.v1}.
 * The event id recorded by the inbound plumbing and the (order, part) key make a redelivered part change
 * nothing. Balances thus live in tables, not in the account aggregates, which keep the lifecycle.
 */
@Component
class CreditHandler implements InboundEventHandler {

    static final String CREDITED = "remittance.RemittanceCredited.v1";

    private final JdbcTemplate jdbc;
    private final EventBus eventBus;
    private final ZoneId zone;

    CreditHandler(JdbcTemplate jdbc, EventBus eventBus, AccountSettings settings) {
        this.jdbc = jdbc;
        this.eventBus = eventBus;
        this.zone = settings.zone();
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CREDITED);
    }

    @Override
    public void handle(InboundEvent event) {
        RemittanceCredited credited = event.payloadAs(RemittanceCredited.class);
        if (jdbc.update("insert into credited_part (order_id, part) values (?, ?) on conflict do nothing",
                credited.orderId(), credited.part()) == 0) {
            return;
        }
        recordOrderProgress(credited);
        LocalDate valueDate = credited.creditedAt().atZone(zone).toLocalDate();
        BusinessType type = credited.kind() == RemittanceKind.BACK_PAYMENT ? BusinessType.BACK_PAYMENT : BusinessType.MONTHLY;
        CreditBatch batch = new CreditBatch(credited.lines());
        List<CreditedLine> fresh = batch.insertCredits(jdbc, credited.unitId(), credited.orderId());
        long totalFen = 0;
        if (!fresh.isEmpty()) {
            Map<String, Long> balances = batch.addToBalances(jdbc, fresh);
            batch.writePersonalLedger(jdbc, fresh, balances, credited.unitId(), Date.valueOf(valueDate), type,
                    credited.auditNumber());
            totalFen = fresh.stream().mapToLong(l -> l.unitAmountFen() + l.personalAmountFen()).sum();
            long headcount = fresh.stream().map(CreditedLine::personalAccountNumber).distinct().count();
            jdbc.update("""
                    insert into unit_ledger (unit_id, value_date, business_type, amount_fen, headcount, reference, summary)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    credited.unitId(), Date.valueOf(valueDate), type.code(), totalFen, headcount, credited.auditNumber(),
                    type.label() + " " + batch.monthsLabel(fresh) + " 审核单号" + credited.auditNumber()
                            + (credited.parts() > 1 ? " 第" + credited.part() + "/" + credited.parts() + "部分" : ""));
        }
        LinesCredited applied = new LinesCredited(credited.auditNumber(), credited.orderId(), credited.unitId(),
                credited.part(), fresh.size(), credited.lines().size() - fresh.size(), totalFen, credited.creditedAt());
        eventBus.publish(GenericEventMessage.asEventMessage(applied).andMetaData(Map.of(TraceId.METADATA_KEY, TraceId.current())));
    }

    /** The order is finished once all its parts are credited; months are learnt here too if its entry was missed. */
    private void recordOrderProgress(RemittanceCredited credited) {
        jdbc.update("""
                insert into remittance_order (order_id, unit_id, kind, state, audit_number, parts, credited_parts)
                values (?, ?, ?, case when ? >= ? then 'CREDITED' else 'ENTERED' end, ?, ?, 1)
                on conflict (order_id) do update set audit_number = excluded.audit_number, parts = excluded.parts,
                    credited_parts = remittance_order.credited_parts + 1,
                    state = case when remittance_order.credited_parts + 1 >= excluded.parts then 'CREDITED'
                                 else remittance_order.state end,
                    updated_at = now()""",
                credited.orderId(), credited.unitId(), credited.kind().name(), 1, credited.parts(),
                credited.auditNumber(), credited.parts());
        credited.lines().stream().map(l -> l.month().toString()).distinct().forEach(month -> jdbc.update(
                "insert into remittance_order_month (order_id, unit_id, month) values (?, ?, ?) on conflict do nothing",
                credited.orderId(), credited.unitId(), month));
    }
}
