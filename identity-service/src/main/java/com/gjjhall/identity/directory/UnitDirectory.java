package com.gjjhall.identity.directory;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The enrolled units. */
@Component
public class UnitDirectory {

    /** A unit as the hall shows it; {@code onlineBusinessOpenedAt} is null until it signs the agreement. */
    public record Entry(String unitId, String unifiedSocialCreditCode, String unitName, Instant enrolledAt,
                        String agreementVersion, Instant onlineBusinessOpenedAt, String contactName) {

        public boolean onlineBusinessOpened() {
            return onlineBusinessOpenedAt != null;
        }
    }

    private final JdbcTemplate jdbc;

    public UnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireEnrolled(String unitId) {
        find(unitId).orElseThrow(() -> new BusinessException(IdentityError.UNIT_NOT_FOUND));
    }

    public Optional<Entry> find(String unitId) {
        return jdbc.query("""
                select unit_id, unified_social_credit_code, unit_name, enrolled_at, agreement_version,
                       online_business_opened_at, contact_name
                from unit_directory where unit_id = ?""",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)),
                unitId).stream().findFirst();
    }

    public Entry get(String unitId) {
        return find(unitId).orElseThrow(() -> new BusinessException(IdentityError.UNIT_NOT_FOUND));
    }
}
