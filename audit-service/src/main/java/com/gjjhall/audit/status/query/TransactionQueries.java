package com.gjjhall.audit.status.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.status.projection.TransactionProjection;
import com.gjjhall.audit.status.projection.TransactionRow;
import com.gjjhall.audit.status.projection.TransactionRules;
import com.gjjhall.audit.status.projection.TransactionState;
import com.gjjhall.audit.status.projection.TransactionTables;
import com.gjjhall.audit.view.LogReader;
import com.gjjhall.audit.view.TableCache;
import com.gjjhall.audit.view.ViewSchema;
import com.gjjhall.audit.view.ViewVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the processing-status view: a transaction by any of its identifiers with its timeline, and a
 * unit's transactions page by page. Reads the live version unless told which.
 */
@Component
public class TransactionQueries {

    private final TransactionProjection view;
    private final ViewVersions versions;
    private final LogReader log;
    private final JdbcTemplate jdbc;

    TransactionQueries(TransactionProjection view, ViewVersions versions, LogReader log, JdbcTemplate jdbc) {
        this.view = view;
        this.versions = versions;
        this.log = log;
        this.jdbc = jdbc;
    }

    /** The version operators read now, once the view exists. */
    public Optional<Integer> liveVersion() {
        return versions.live(TransactionProjection.NAME).map(ViewVersions.Live::version);
    }

    /**
     * The transaction that {@code key} names: an order id, an audit number (as typed: full-width digits and
     * spaces are fine), a debit request id, a bank instruction id or a transfer id.
     */
    public Optional<TransactionRow> find(int version, String key) {
        TableCache rows = TableCache.direct(view, version, jdbc, log);
        TransactionRow row = rows.find(TransactionTables.TRANSACTIONS, key);
        if (row != null) {
            return Optional.of(row);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(TransactionProjection.audit(key));
        candidates.add("debit:" + key);
        candidates.add("instruction:" + key);
        candidates.add("transfer:" + key);
        for (String candidate : candidates) {
            String reached = candidate == null ? "" : TransactionProjection.resolve(rows, candidate);
            if (reached.startsWith(TransactionProjection.TRANSACTION)) {
                return Optional.ofNullable(rows.find(TransactionTables.TRANSACTIONS,
                        reached.substring(TransactionProjection.TRANSACTION.length())));
            }
        }
        return Optional.empty();
    }

    /** The transaction with its timeline, in the operators' words. */
    public TransactionStatus describe(int version, TransactionRow row) {
        TableCache rows = TableCache.direct(view, version, jdbc, log);
        List<TimelineItem> timeline = new ArrayList<>();
        for (LoggedEvent event : log.entries(row.timeline())) {
            JsonNode body = event.json();
            String actor = TimelineDescriber.actorOf(event, body);
            TransactionTables.OperatorRow operator = actor == null ? null : rows.find(TransactionTables.OPERATORS, actor);
            timeline.add(new TimelineItem(event.sequenceNo(),
                    TransactionRules.businessTime(event.typeName(), body, event.occurredAt()), event.source(),
                    event.eventType(), TimelineDescriber.describe(event, body),
                    operator == null ? actor : operator.loginName()));
        }
        // The log holds events in the order their topics were read; operators read them in the order they happened.
        timeline.sort(Comparator.comparing(TimelineItem::at).thenComparingLong(TimelineItem::sequenceNo));
        TransactionTables.UnitRow unit = row.unitId() == null ? null : rows.find(TransactionTables.UNITS, row.unitId());
        return status(row, unit == null ? null : unit.unitName(), timeline);
    }

    /** A unit's transactions, most recently changed first, optionally in one state and changed between {@code from} and {@code to}. */
    public TransactionPage list(int version, String unitId, TransactionState state, Instant from, Instant to,
                                int page, int size) {
        StringBuilder where = new StringBuilder(" where unit_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(unitId));
        if (state != null) {
            where.append(" and state = ?");
            parameters.add(state.name());
        }
        if (from != null) {
            where.append(" and updated_at >= ?");
            parameters.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and updated_at < ?");
            parameters.add(to.atOffset(ZoneOffset.UTC));
        }
        String table = ViewSchema.table(view, TransactionTables.TRANSACTIONS, version);
        Long total = jdbc.queryForObject("select count(*) from " + table + where, Long.class, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<TransactionStatus> items = jdbc.query("select " + TransactionTables.TRANSACTIONS.columnList() + " from "
                + table + where + " order by updated_at desc, transaction_id limit ? offset ?",
                (rs, i) -> status(TransactionTables.TRANSACTIONS.read(rs), null, null), paged.toArray());
        return new TransactionPage(items, page, size, total == null ? 0 : total);
    }

    private static TransactionStatus status(TransactionRow row, String unitName, List<TimelineItem> timeline) {
        return new TransactionStatus(row.transactionId(), row.auditNumber(),
                row.kind() == null ? null : row.kind().label(), row.unitId(), unitName,
                row.state() == null ? null : row.state().label(), row.state() == null ? null : row.state().name(),
                row.reason(), row.totalFen(), TimelineDescriber.settlementMethod(row.settlementMethod()), row.subject(),
                row.startedAt(), row.updatedAt(), timeline);
    }
}
