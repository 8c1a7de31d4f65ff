package com.gjjhall.remittance.order.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Client keys of entering, submit, review, resubmission and cancel requests, claimed in the command's own
 * transaction together with its outcome. A second request with the same key (a double click, a retry after
 * 处理中) waits for the first to commit, then finds its outcome instead of acting again.
 */
@Component
public class ClientRequests {

    /** What the first request with a key did. */
    public record Outcome(String operation, String orderId, OrderState state, String auditNumber) {
    }

    private final JdbcTemplate jdbc;

    public ClientRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Outcome> find(String unitId, String clientKey) {
        return jdbc.query("""
                select operation, order_id, outcome, audit_number from client_request where unit_id = ? and client_key = ?""",
                (rs, i) -> new Outcome(rs.getString(1), rs.getString(2), OrderState.valueOf(rs.getString(3)),
                        rs.getString(4)), unitId, clientKey).stream().findFirst();
    }

    void claim(String unitId, String clientKey, String operation, String orderId, OrderState outcome,
               String auditNumber) {
        int claimed = jdbc.update("""
                insert into client_request (unit_id, client_key, operation, order_id, outcome, audit_number)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                unitId, clientKey, operation, orderId, outcome.name(), auditNumber);
        if (claimed == 0) {
            throw new RepeatedRequest(clientKey);
        }
    }

    void recordAuditNumber(String unitId, String clientKey, String auditNumber) {
        jdbc.update("update client_request set audit_number = ? where unit_id = ? and client_key = ?",
                auditNumber, unitId, clientKey);
    }
}
