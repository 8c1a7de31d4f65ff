package com.gjjhall.identity.directory;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
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

    private static final String COLUMNS = """
            select unit_id, unified_social_credit_code, unit_name, enrolled_at, agreement_version,
                   online_business_opened_at, contact_name
            from unit_directory
            """;
    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7));

    private final JdbcTemplate jdbc;

    public UnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireEnrolled(String unitId) {
        find(unitId).orElseThrow(() -> new BusinessException(IdentityError.UNIT_NOT_FOUND));
    }

    public Optional<Entry> find(String unitId) {
        return jdbc.query(COLUMNS + "where unit_id = ?", ENTRY, unitId).stream().findFirst();
    }

    /** Units whose id or unified social credit code is {@code text} (any letter case), or whose name contains it. */
    public List<Entry> search(String text, int max) {
        return jdbc.query(COLUMNS + """
                where upper(unit_id) = upper(?) or unified_social_credit_code = upper(?) or strpos(unit_name, ?) > 0
                order by upper(unit_id) = upper(?) desc, unit_name, unit_id limit ?""",
                ENTRY, text, text, text, text, max);
    }

    public Entry get(String unitId) {
        return find(unitId).orElseThrow(() -> new BusinessException(IdentityError.UNIT_NOT_FOUND));
    }
}
