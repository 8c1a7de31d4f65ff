package com.gjjhall.audit.status.projection;

import com.gjjhall.audit.view.Column;
import com.gjjhall.audit.view.ViewTable;

import java.util.List;

/** The tables of the processing-status view. */
public final class TransactionTables {

    /**
     * Business transactions; operators list theirs by unit, state and time. Indexed by unit only: a unit's
     * transactions are few enough to filter, and a row rewritten with each of its events then changes no
     * indexed column (its state and time change every time).
     */
    public static final ViewTable<TransactionRow> TRANSACTIONS = new ViewTable<>("tx",
            List.of(Column.text("transaction_id"), Column.text("unit_id"), Column.text("kind"),
                    Column.text("audit_number"), Column.text("state"), Column.text("reason"),
                    Column.timestamp("state_at"), Column.bigint("total_fen"), Column.text("settlement_method"),
                    Column.text("subject"), Column.timestamp("started_at"), Column.timestamp("updated_at"),
                    Column.bigintArray("timeline")),
            List.of("unit_id"),
            TransactionRow::transactionId, TransactionRow::values, TransactionRow::of);

    /**
     * How other identifiers lead to a transaction: {@code audit:<number>}, {@code debit:<request id>},
     * {@code instruction:<bank instruction id>}, {@code transfer:<transfer id>} point at another key or at
     * {@code tx:<transaction id>}.
     */
    public static final ViewTable<LinkRow> LINKS = new ViewTable<>("link",
            List.of(Column.text("link_key"), Column.text("target")), List.of(),
            LinkRow::key, r -> new Object[] {r.key(), r.target()}, v -> new LinkRow((String) v[0], (String) v[1]));

    /** Entries logged before what they refer to (a bank answer before its instruction), waiting under the key they lead to. */
    public static final ViewTable<WaitingRow> WAITING = new ViewTable<>("waiting",
            List.of(Column.text("link_key"), Column.bigintArray("entries")), List.of(),
            WaitingRow::key, r -> new Object[] {r.key(), r.entries()}, v -> new WaitingRow((String) v[0], (long[]) v[1]));

    /** Operators' login names, to say who did what in a timeline. */
    public static final ViewTable<OperatorRow> OPERATORS = new ViewTable<>("operator",
            List.of(Column.text("operator_id"), Column.text("login_name"), Column.text("unit_id")), List.of(),
            OperatorRow::operatorId, r -> new Object[] {r.operatorId(), r.loginName(), r.unitId()},
            v -> new OperatorRow((String) v[0], (String) v[1], (String) v[2]));

    /** Units' names. */
    public static final ViewTable<UnitRow> UNITS = new ViewTable<>("unit",
            List.of(Column.text("unit_id"), Column.text("unit_name")), List.of(),
            UnitRow::unitId, r -> new Object[] {r.unitId(), r.unitName()}, v -> new UnitRow((String) v[0], (String) v[1]));

    public static final List<ViewTable<?>> ALL = List.of(TRANSACTIONS, LINKS, WAITING, OPERATORS, UNITS);

    private TransactionTables() {
    }

    public record LinkRow(String key, String target) {
    }

    public record WaitingRow(String key, long[] entries) {
    }

    public record OperatorRow(String operatorId, String loginName, String unitId) {
    }

    public record UnitRow(String unitId, String unitName) {
    }
}
