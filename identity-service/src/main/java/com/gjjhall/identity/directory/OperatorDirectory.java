package com.gjjhall.identity.directory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds operators by login name, case-insensitively. */
@Component
public class OperatorDirectory {

    /** An operator as login sees it. */
    public record Entry(String operatorId, String unitId, String loginName, Set<String> roles) {
    }

    private final JdbcTemplate jdbc;

    public OperatorDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> byLoginName(String loginName) {
        if (loginName == null) {
            return Optional.empty();
        }
        return jdbc.query("select operator_id, unit_id, login_name, roles from operator_directory where login_name_key = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Arrays.stream(rs.getString(4).split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet())),
                loginName.toLowerCase(Locale.ROOT)).stream().findFirst();
    }
}
