package com.gjjhall.audit.log;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: the audit log by subject (a unit, an operator, a transaction). Role OPS (service-kit). */
@RestController
class AuditLogController {

    private final JdbcTemplate jdbc;

    AuditLogController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/audit/ops/log")
    List<AuditEntry> bySubject(@RequestParam String subject) {
        return jdbc.query("""
                select sequence_no, event_id, event_type, source, subject, occurred_at, trace_id, topic,
                       partition_no, record_offset, payload, entry_hash
                from audit_log where subject = ? order by sequence_no""",
                (rs, i) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getLong(10), rs.getString(11), rs.getString(12)),
                subject);
    }
}
