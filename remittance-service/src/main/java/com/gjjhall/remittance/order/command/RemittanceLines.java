package com.gjjhall.remittance.order.command;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.servicekit.errors.BusinessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The employee lines of orders, copied in bulk in the entering command's transaction. An active
 * line claims its employee-month (a partial unique index); releasing an order's lines frees them for a
 * new order. Lines of a credited order stay active for good: an employee-month is paid at most once.
 */
@Component
public class RemittanceLines {

    private static final int COPY_CHUNK = 1_000;
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public RemittanceLines(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Writes the lines with PostgreSQL's COPY (the fastest way in, ~60k rows/s here) on the command's own
     * connection, so they commit or roll back with the order. A line whose employee-month is already claimed
     * breaks the unique index and refuses the whole order.
     */
    void claim(String orderId, List<LineDraft> lines) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy remittance_line (order_id, line_no, personal_account_number, name, month, base_fen,
                                          unit_amount_fen, personal_amount_fen) from stdin with (format csv)""");
            try {
                StringBuilder chunk = new StringBuilder(64 * COPY_CHUNK);
                for (int i = 0; i < lines.size(); i++) {
                    LineDraft line = lines.get(i);
                    chunk.append(csv(orderId)).append(',').append(i + 1).append(',')
                            .append(csv(line.personalAccountNumber())).append(',').append(csv(line.name())).append(',')
                            .append(line.month().atDay(1)).append(',').append(line.baseFen()).append(',')
                            .append(line.unitAmountFen()).append(',').append(line.personalAmountFen()).append('\n');
                    if ((i + 1) % COPY_CHUNK == 0 || i == lines.size() - 1) {
                        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new BusinessException(RemittanceError.EMPLOYEE_MONTH_ALREADY_PAID);
            }
            throw new IllegalStateException("cannot write the lines of order " + orderId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** One live monthly remittance per unit and month. */
    void claimMonth(String unitId, YearMonth month, String orderId) {
        int claimed = jdbc.update("insert into monthly_claim (unit_id, month, order_id) values (?, ?, ?) on conflict do nothing",
                unitId, Months.toSql(month), orderId);
        if (claimed == 0) {
            throw new BusinessException(RemittanceError.MONTH_ALREADY_ENTERED);
        }
    }

    /** The order will never be paid: its employee-months (and its month, for a monthly order) are free again. */
    void release(String orderId) {
        jdbc.update("update remittance_line set active = false where order_id = ? and active", orderId);
        jdbc.update("delete from monthly_claim where order_id = ?", orderId);
    }

    /** The order's lines in line order, handed over in chunks of at most {@code size}. */
    void inParts(String orderId, int size, Consumer<List<PaidLine>> part) {
        List<PaidLine> chunk = new ArrayList<>(Math.min(size, 1024));
        jdbc.query("""
                select personal_account_number, month, unit_amount_fen, personal_amount_fen from remittance_line
                where order_id = ? order by line_no""", rs -> {
            chunk.add(new PaidLine(rs.getString(1), Months.fromSql(rs.getDate(2)), rs.getLong(3), rs.getLong(4)));
            if (chunk.size() == size) {
                part.accept(List.copyOf(chunk));
                chunk.clear();
            }
        }, orderId);
        if (!chunk.isEmpty()) {
            part.accept(List.copyOf(chunk));
        }
    }
}
