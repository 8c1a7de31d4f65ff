package com.gjjhall.audit.log.verify;

import com.gjjhall.audit.log.AuditEntries;
import com.gjjhall.audit.log.AuditEntry;
import com.gjjhall.audit.log.EntryHash;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recomputes the chain from the first entry and reports the first place where it breaks: an entry
 * whose content no longer gives its hash (edited), one that does not point at its predecessor's hash,
 * a missing number (removed), or a log shorter than its head says (cut off at the end). Trusts
 * nothing stored but the genesis value.
 */
@Component
public class LogVerifier {

    private static final int FETCH = 5_000;

    private final DataSource dataSource;

    LogVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public VerifyReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return verify(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log: " + e.getMessage(), e);
        }
    }

    private VerifyReport verify(Connection connection) throws SQLException {
        long headSequence;
        String headHash;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select last_sequence_no, last_hash from audit_log_head where id = 1")) {
            rs.next();
            headSequence = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long expected = 1;
        String previous = EntryHash.GENESIS;
        try (PreparedStatement s = connection.prepareStatement(
                "select " + AuditEntries.ENTRY_COLUMNS + " from audit_log order by sequence_no")) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = AuditEntries.entry(rs);
                    long checked = expected - 1;
                    if (entry.sequenceNo() != expected) {
                        return VerifyReport.broken(checked, entry.sequenceNo(), expected,
                                "缺少第 " + expected + " 条记录（日志被删改）");
                    }
                    if (!previous.equals(entry.previousHash())) {
                        return VerifyReport.broken(checked, entry.sequenceNo(), expected,
                                "第 " + expected + " 条记录未指向前一条记录（日志被删改）");
                    }
                    String hash = entry.expectedHash(previous);
                    if (!hash.equals(entry.entryHash())) {
                        return VerifyReport.broken(checked, entry.sequenceNo(), expected,
                                "第 " + expected + " 条记录的内容与其哈希不符（记录被改动）");
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last != headSequence || !previous.equals(headHash)) {
            return VerifyReport.broken(last, last, last + 1, "日志末尾缺少记录：应有 " + headSequence + " 条，现有 " + last + " 条");
        }
        return VerifyReport.ok(last, last);
    }
}
