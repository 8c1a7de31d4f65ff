package com.gjjhall.collection.debit.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the processing status of debits. */
@Component
public class DebitStatuses {

    private static final String COLUMNS = """
            audit_number, unit_id, state, amount_fen, bank_code, payer_account_number, reason_code, reason, retryable,
            requested_at, updated_at""";

    private final JdbcTemplate jdbc;

    DebitStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DebitStatusView> find(String auditNumber) {
        return jdbc.query("select " + COLUMNS + " from debit_status where audit_number = ?",
                (rs, i) -> view(rs, attempts(rs.getString(1))), auditNumber).stream().findFirst();
    }

    /** A unit's debits, newest first, optionally in one state; without their instructions. */
    public List<DebitStatusView> ofUnit(String unitId, String state, int limit) {
        return jdbc.query("select " + COLUMNS + " from debit_status where unit_id = ? and (cast(? as varchar) is null or state = ?) "
                        + "order by requested_at desc limit ?",
                (rs, i) -> view(rs, List.of()), unitId, state, state, limit);
    }

    private List<DebitStatusView.Attempt> attempts(String auditNumber) {
        return jdbc.query("""
                select instruction_id, bank_code, payer_account_number, amount_fen, state, outcome, message,
                       status_queries, instructed_at, answered_at
                from debit_attempt where audit_number = ? order by instructed_at""",
                (rs, i) -> new DebitStatusView.Attempt(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                        instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))), auditNumber);
    }

    private static DebitStatusView view(ResultSet rs, List<DebitStatusView.Attempt> attempts) throws SQLException {
        String state = rs.getString(3);
        return new DebitStatusView(rs.getString(1), rs.getString(2), state, DebitStatusView.textOf(state),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), attempts);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
