package com.gjjhall.identity.directory;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The enrolled units. */
@Component
public class UnitDirectory {

    private final JdbcTemplate jdbc;

    public UnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireEnrolled(String unitId) {
        Boolean exists = jdbc.queryForObject("select exists (select 1 from unit_directory where unit_id = ?)",
                Boolean.class, unitId);
        if (!Boolean.TRUE.equals(exists)) {
            throw new BusinessException(IdentityError.UNIT_NOT_FOUND);
        }
    }
}
