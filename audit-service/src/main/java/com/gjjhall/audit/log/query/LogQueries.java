package com.gjjhall.audit.log.query;

import com.gjjhall.audit.log.AuditEntries;
import com.gjjhall.audit.log.AuditEntry;
import com.gjjhall.audit.status.projection.TransactionProjection;
import com.gjjhall.audit.status.projection.TransactionRow;
import com.gjjhall.audit.status.projection.TransactionTables;
import com.gjjhall.audit.status.query.TransactionQueries;
import com.gjjhall.audit.view.ViewSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds log entries for ops: a page at a time, or all of them streamed for an export. A unit or a
 * transaction is found through the processing-status view, which knows which bank events belong to whom.
 */
@Component
class LogQueries {

    private static final int FETCH = 2_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionQueries transactions;
    private final TransactionProjection view;

    LogQueries(JdbcTemplate jdbc, DataSource dataSource, TransactionQueries transactions, TransactionProjection view) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.view = view;
    }

    LogPage page(LogFilter filter, long after, int size) {
        Where where = where(filter, after);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size + 1);
        List<AuditEntry> entries = jdbc.query("select " + AuditEntries.ENTRY_COLUMNS + " from audit_log" + where.sql()
                + " order by sequence_no limit ?", AuditEntries.ENTRY, parameters.toArray());
        if (entries.size() <= size) {
            return new LogPage(entries, null);
        }
        List<AuditEntry> shown = entries.subList(0, size);
        return new LogPage(List.copyOf(shown), shown.get(size - 1).sequenceNo());
    }

    /** Every entry matching, in log order, read with a cursor so the export's size does not matter. */
    void stream(LogFilter filter, Consumer<AuditEntry> sink) {
        Where where = where(filter, 0);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement s = connection.prepareStatement("select " + AuditEntries.ENTRY_COLUMNS
                    + " from audit_log" + where.sql() + " order by sequence_no")) {
                s.setFetchSize(FETCH);
                for (int i = 0; i < where.parameters().size(); i++) {
                    s.setObject(i + 1, where.parameters().get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(AuditEntries.entry(rs));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log: " + e.getMessage(), e);
        }
    }

    private Where where(LogFilter filter, long after) {
        StringBuilder sql = new StringBuilder(" where sequence_no > ?");
        List<Object> parameters = new ArrayList<>(List.of(after));
        Optional<Integer> version = transactions.liveVersion();
        if (filter.unit() != null) {
            sql.append(" and (unit_id = ?");
            parameters.add(filter.unit());
            if (version.isPresent()) {
                sql.append(" or sequence_no in (select unnest(timeline) from ")
                        .append(ViewSchema.table(view, TransactionTables.TRANSACTIONS, version.get()))
                        .append(" where unit_id = ?)");
                parameters.add(filter.unit());
            }
            sql.append(')');
        }
        if (filter.transaction() != null) {
            long[] timeline = version.flatMap(v -> transactions.find(v, filter.transaction()))
                    .map(TransactionRow::timeline).orElse(new long[0]);
            Long[] entries = new Long[timeline.length];
            for (int i = 0; i < timeline.length; i++) {
                entries[i] = timeline[i];
            }
            sql.append(" and (sequence_no = any(?) or subject = ?)");
            parameters.add(entries);
            parameters.add(filter.transaction());
        }
        if (filter.type() != null) {
            if (filter.type().matches(".*\\.v\\d+")) {
                sql.append(" and event_type = ?");
                parameters.add(filter.type());
            } else {
                sql.append(" and event_type like ?");
                parameters.add(filter.type().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".v%");
            }
        }
        if (filter.subject() != null) {
            sql.append(" and subject = ?");
            parameters.add(filter.subject());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        return new Where(sql.toString(), parameters);
    }

    private record Where(String sql, List<Object> parameters) {
    }
}
