package com.gjjhall.remittance.order.query;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.OrderKind;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.shared.FundAccount;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the order view: one order, a unit's orders, what waits for an operator. */
@Component
public class OrderQueries {

    private static final String COLUMNS = """
            order_id, unit_id, kind, months, line_count, total_fen, state, entered_by, entered_at, submitted_by,
            reviewed_by, reviewed_at, settlement_method, audit_number, expires_at, debit_request_id, reason_code,
            reason, retryable, paid_by, credited_at""";

    private final RowMapper<OrderView> view = this::map;

    private final JdbcTemplate jdbc;
    private final FundAccount fundAccount;

    public OrderQueries(JdbcTemplate jdbc, FundAccount fundAccount) {
        this.jdbc = jdbc;
        this.fundAccount = fundAccount;
    }

    public Optional<OrderView> byId(String orderId) {
        return jdbc.query("select " + COLUMNS + " from remittance_order_view where order_id = ?", view, orderId)
                .stream().findFirst();
    }

    /**
     * The order that was issued this audit number, now or before a re-review (重新复核): compare with
     * {@link OrderView#auditNumber()}, the one it takes payments under.
     */
    public Optional<OrderView> byAuditNumber(String auditNumber) {
        return jdbc.query("select " + COLUMNS + " from remittance_order_view"
                        + " where order_id = (select order_id from audit_number_issued where audit_number = ?)",
                view, auditNumber).stream().findFirst();
    }

    /** The unit's order, or "not found" for anyone else's. */
    public OrderView ofUnit(String orderId, String unitId) {
        return byId(orderId).filter(o -> o.unitId().equals(unitId))
                .orElseThrow(() -> new BusinessException(RemittanceError.ORDER_NOT_FOUND));
    }

    public OrderView ofUnitByAuditNumber(String auditNumber, String unitId) {
        return byAuditNumber(auditNumber).filter(o -> o.unitId().equals(unitId))
                .orElseThrow(() -> new BusinessException(RemittanceError.AUDIT_NUMBER_NOT_FOUND));
    }

    public List<OrderView> ofUnit(String unitId, OrderState state) {
        if (state == null) {
            return jdbc.query("select " + COLUMNS + " from remittance_order_view where unit_id = ? order by entered_at desc limit 200",
                    view, unitId);
        }
        return jdbc.query("select " + COLUMNS + " from remittance_order_view where unit_id = ? and state = ? order by entered_at desc limit 200",
                view, unitId, state.name());
    }

    /** One page of an order's employee lines, in line order. */
    public List<OrderLine> lines(String orderId, int offset, int limit) {
        return jdbc.query("""
                select line_no, personal_account_number, name, to_char(month, 'YYYY-MM'), base_fen, unit_amount_fen,
                       personal_amount_fen from remittance_line where order_id = ? order by line_no offset ? limit ?""",
                (rs, i) -> new OrderLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)), orderId, offset, limit);
    }

    /** The payments banks reported for the order, credited or refunded with the reason. */
    public List<OrderPayment> payments(String orderId) {
        return jdbc.query("""
                select payment_id, channel, amount_fen, outcome, reason, received_at from incoming_payment
                where order_id = ? order by received_at""",
                (rs, i) -> new OrderPayment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), orderId);
    }

    /** Live orders (waiting for payment, or failed and waiting for the reviewer) whose audit number's month has ended. */
    public List<String> dueToExpire(Instant now) {
        return jdbc.queryForList("""
                select order_id from remittance_order_view
                where state in ('PROCESSING', 'FAILED') and expires_at <= ? order by expires_at limit 1000""",
                String.class, Timestamp.from(now));
    }

    private OrderView map(ResultSet rs, int row) throws SQLException {
        OrderKind kind = OrderKind.valueOf(rs.getString("kind"));
        OrderState state = OrderState.valueOf(rs.getString("state"));
        String method = rs.getString("settlement_method");
        Settlement settlement = method == null ? null : Settlement.valueOf(method);
        String auditNumber = rs.getString("audit_number");
        return new OrderView(rs.getString("order_id"), rs.getString("unit_id"), kind.name(), kind.label(),
                Arrays.asList(rs.getString("months").split(",")), rs.getInt("line_count"), rs.getLong("total_fen"),
                state.name(), state.label(), rs.getString("entered_by"), instant(rs, "entered_at"),
                rs.getString("submitted_by"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
                method, settlement == null ? null : settlement.label(), auditNumber,
                instant(rs, "expires_at"), rs.getString("debit_request_id"), rs.getString("reason_code"),
                rs.getString("reason"), rs.getBoolean("retryable"), rs.getString("paid_by"), instant(rs, "credited_at"),
                state == OrderState.PROCESSING && settlement == Settlement.BANK_TRANSFER ? bankTransfer(auditNumber) : null);
    }

    private OrderView.BankTransfer bankTransfer(String auditNumber) {
        return new OrderView.BankTransfer(fundAccount.accountName(), fundAccount.accountNumber(),
                fundAccount.bank().chineseName(), auditNumber);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
