package com.gjjhall.audit.log.verify;

import com.gjjhall.audit.log.EntryHash;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log written by the first appender (its hash scheme, numbers with holes where a duplicate was refused)
 * still verifies after the upgrade, numbered without holes, with its units and Kafka positions known.
 */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstAppenderLogUpgradeIT {

    @Test
    void aLogOfTheFirstAppenderStillVerifiesAfterTheUpgrade(Infrastructure infrastructure) {
        infrastructure.dropDatabase("audit_upgrade");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl("audit_upgrade"),
                infrastructure.username(), infrastructure.password());
        flyway(dataSource, "1").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String previous = EntryHash.GENESIS;
        int number = 0;
        for (long sequenceNo : List.of(1L, 2L, 4L, 7L)) {
            String payload = "{\"unitId\":\"U-" + sequenceNo + "\"}";
            String hash = EntryHash.legacy(previous, "E-" + sequenceNo, "identity.UnitEnrolled.v1", "U-" + sequenceNo,
                    "identity.events", 0, number, payload);
            jdbc.update("""
                    insert into audit_log (sequence_no, event_id, event_type, source, subject, occurred_at, trace_id,
                                           topic, partition_no, record_offset, payload, previous_hash, entry_hash)
                    values (?, ?, 'identity.UnitEnrolled.v1', '/identity-service', ?, ?, '', 'identity.events', 0, ?, ?, ?, ?)""",
                    sequenceNo, "E-" + sequenceNo, "U-" + sequenceNo, Timestamp.from(Instant.now()), number++, payload,
                    previous, hash);
            previous = hash;
        }

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("select sequence_no from audit_log order by sequence_no", Long.class))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(jdbc.queryForObject("select unit_id from audit_log where event_id = 'E-7'", String.class)).isEqualTo("U-7");
        assertThat(jdbc.queryForObject("select next_offset from log_source_position", Long.class)).isEqualTo(4);
        VerifyReport report = new LogVerifier(dataSource).verify();
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.checkedEntries()).isEqualTo(4);
        infrastructure.dropDatabase("audit_upgrade");
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/platform", "classpath:db/migration")
                .target(target).load();
    }
}
