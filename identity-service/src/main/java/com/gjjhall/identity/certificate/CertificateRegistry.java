package com.gjjhall.identity.certificate;

import com.gjjhall.identity.certificate.ca.CertificateAuthority;
import com.gjjhall.softkey.KeyAlgorithm;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every certificate the CA issued and whether it was revoked: what login checks a presented certificate
 * against, and what the CRL lists. Written in the command's transaction (the {@code directory} processor is
 * subscribing), so a revoked certificate is refused from the moment the revocation commits.
 */
@Component
@ProcessingGroup("directory")
public class CertificateRegistry {

    /** A certificate as the registry knows it. */
    public record Entry(String serialNumber, String unitId, String operatorId, KeyAlgorithm algorithm, byte[] der,
                        Instant notBefore, Instant notAfter, Instant issuedAt, Instant revokedAt,
                        String revocationReason) {

        public boolean validAt(Instant now) {
            return revokedAt == null && !now.isBefore(notBefore) && now.isBefore(notAfter);
        }

        /** VALID, REVOKED or EXPIRED, as a clerk's list shows it. */
        public String statusAt(Instant now) {
            if (revokedAt != null) {
                return "REVOKED";
            }
            return validAt(now) ? "VALID" : "EXPIRED";
        }
    }

    private static final String COLUMNS = """
            select serial_number, unit_id, operator_id, algorithm, der, not_before, not_after, issued_at,
                   revoked_at, revocation_reason from certificate""";
    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), rs.getString(2),
            rs.getString(3), KeyAlgorithm.valueOf(rs.getString(4)), rs.getBytes(5), rs.getTimestamp(6).toInstant(),
            rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
            rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getString(10));

    private final JdbcTemplate jdbc;

    public CertificateRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CertificateIssued event) {
        jdbc.update("""
                insert into certificate (serial_number, unit_id, operator_id, algorithm, der, not_before, not_after,
                                         issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.serialNumber(), event.unitId(), event.operatorId(), event.algorithm().name(), event.certificate(),
                Timestamp.from(event.notBefore()), Timestamp.from(event.notAfter()), Timestamp.from(event.issuedAt()));
    }

    @EventHandler
    void on(CertificateRevoked event) {
        jdbc.update("update certificate set revoked_at = ?, revocation_reason = ? where serial_number = ?",
                Timestamp.from(event.revokedAt()), event.reason().name(), event.serialNumber());
    }

    public Optional<Entry> find(String serialNumber) {
        return jdbc.query(COLUMNS + " where serial_number = ?", ENTRY, serialNumber).stream().findFirst();
    }

    /** The certificate whose serial number is {@code text}, in either letter case (stored upper-case hex). */
    public List<Entry> search(String text, int max) {
        return jdbc.query(COLUMNS + " where serial_number = upper(?) limit ?", ENTRY, text, max);
    }

    public List<Entry> ofUnit(String unitId) {
        return jdbc.query(COLUMNS + " where unit_id = ? order by issued_at", ENTRY, unitId);
    }

    public List<Entry> ofOperator(String operatorId) {
        return jdbc.query(COLUMNS + " where operator_id = ? order by issued_at", ENTRY, operatorId);
    }

    public List<CertificateAuthority.Revocation> revoked() {
        return jdbc.query("""
                select serial_number, revoked_at, revocation_reason from certificate
                where revoked_at is not null order by revoked_at""",
                (rs, i) -> new CertificateAuthority.Revocation(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        CertificateAuthority.reasonCode(rs.getString(3))));
    }
}
