package com.gjjhall.collection.unit;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;

/**
 * The units identity-service enrolled (identity.UnitEnrolled): a clerk registers entrusted collection only
 * for a known unit, and the registration form carries the unit's name.
 */
@Component
public class UnitDirectory implements InboundEventHandler {

    private static final String ENROLLED = EventType.of(UnitEnrolled.class).toString();

    private final JdbcTemplate jdbc;

    UnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ENROLLED);
    }

    @Override
    public void handle(InboundEvent event) {
        UnitEnrolled unit = event.payloadAs(UnitEnrolled.class);
        jdbc.update("""
                insert into unit_directory (unit_id, unit_name, enrolled_at) values (?, ?, ?)
                on conflict (unit_id) do update set unit_name = excluded.unit_name""",
                unit.unitId(), unit.unitName(), Timestamp.from(unit.enrolledAt()));
    }

    public Optional<String> nameOf(String unitId) {
        return jdbc.queryForList("select unit_name from unit_directory where unit_id = ?", String.class, unitId)
                .stream().findFirst();
    }

    public void requireKnown(String unitId) {
        if (nameOf(unitId).isEmpty()) {
            throw new BusinessException(CollectionError.UNIT_NOT_FOUND);
        }
    }
}
