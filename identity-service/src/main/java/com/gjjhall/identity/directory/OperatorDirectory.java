package com.gjjhall.identity.directory;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds operators by id, by unit, by login name (case-insensitively), and for a clerk's search. */
@Component
public class OperatorDirectory {

    /** An operator as login and the clerks see it; {@code frozenUntil} is null unless frozen. */
    public record Entry(String operatorId, String unitId, String loginName, Set<String> roles, String operatorName,
                        String mobile, Instant frozenUntil) {

        public boolean isFrozenAt(Instant now) {
            return frozenUntil != null && now.isBefore(frozenUntil);
        }

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    private static final String COLUMNS =
            "select operator_id, unit_id, login_name, roles, operator_name, mobile, frozen_until from operator_directory ";
    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), rs.getString(2),
            rs.getString(3), Arrays.stream(rs.getString(4).split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet()),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());

    private final JdbcTemplate jdbc;

    public OperatorDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> byLoginName(String loginName) {
        if (loginName == null) {
            return Optional.empty();
        }
        return jdbc.query(COLUMNS + "where login_name_key = ?", ENTRY, loginName.toLowerCase(Locale.ROOT))
                .stream().findFirst();
    }

    public Optional<Entry> byId(String operatorId) {
        return jdbc.query(COLUMNS + "where operator_id = ?", ENTRY, operatorId).stream().findFirst();
    }

    public Entry get(String operatorId) {
        return byId(operatorId).orElseThrow(() -> new BusinessException(IdentityError.OPERATOR_NOT_FOUND));
    }

    /** Operators whose id, login name (any letter case) or mobile is {@code text}, or whose name contains it. */
    public List<Entry> search(String text, int max) {
        return jdbc.query(COLUMNS + """
                where operator_id = ? or login_name_key = ? or mobile = ? or strpos(operator_name, ?) > 0
                order by login_name_key limit ?""", ENTRY, text, text.toLowerCase(Locale.ROOT), text, text, max);
    }

    public List<Entry> ofUnit(String unitId) {
        return jdbc.query(COLUMNS + "where unit_id = ? order by login_name_key", ENTRY, unitId);
    }
}
