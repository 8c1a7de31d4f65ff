package com.gjjhall.audit.log;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Each entry's hash commits to its whole content and to the entry before it. */
class EntryHashTest {

    private static final Instant AT = Instant.parse("2026-11-02T01:30:00.123456Z");
    private final AuditEntry entry = new AuditEntry(7, "E-1", "identity.UnitEnrolled.v1", "/identity-service", "U-1",
            "U-1", AT, AT.plusSeconds(1), "trace", "identity.events", 2, 41, "{\"unitName\":\"示范单位\"}", EntryHash.GENESIS,
            null, EntryHash.SCHEME);

    @Test
    void changingAnyHashedFieldChangesTheHash() {
        String hash = EntryHash.of(EntryHash.GENESIS, entry);
        assertThat(EntryHash.of(EntryHash.GENESIS, entry)).isEqualTo(hash).hasSize(64);
        AuditEntry[] changed = {
                with(8, entry.eventId(), entry.source(), entry.occurredAt(), entry.offset(), entry.payload()),
                with(7, "E-2", entry.source(), entry.occurredAt(), entry.offset(), entry.payload()),
                with(7, entry.eventId(), "/other", entry.occurredAt(), entry.offset(), entry.payload()),
                with(7, entry.eventId(), null, entry.occurredAt(), entry.offset(), entry.payload()),
                with(7, entry.eventId(), entry.source(), AT.plusNanos(1000), entry.offset(), entry.payload()),
                with(7, entry.eventId(), entry.source(), entry.occurredAt(), 42, entry.payload()),
                with(7, entry.eventId(), entry.source(), entry.occurredAt(), entry.offset(), "{\"unitName\":\"改过\"}")};
        for (AuditEntry other : changed) {
            assertThat(EntryHash.of(EntryHash.GENESIS, other)).isNotEqualTo(hash);
        }
        assertThat(EntryHash.of("1".repeat(64), entry)).as("a different predecessor").isNotEqualTo(hash);
    }

    @Test
    void rowsOfTheFirstAppenderKeepVerifyingUnderItsScheme() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String part : new String[] {EntryHash.GENESIS, "E-1", "t.v1", "", "topic", "0", "5", "{}"}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update(HexFormat.of().parseHex(String.format("%08x", bytes.length)));
            sha.update(bytes);
        }
        String firstAppenders = HexFormat.of().formatHex(sha.digest());
        assertThat(EntryHash.legacy(EntryHash.GENESIS, "E-1", "t.v1", null, "topic", 0, 5, "{}")).isEqualTo(firstAppenders);
    }

    private AuditEntry with(long sequenceNo, String eventId, String source, Instant occurredAt, long offset, String payload) {
        return new AuditEntry(sequenceNo, eventId, entry.eventType(), source, entry.subject(), entry.unitId(), occurredAt,
                entry.recordedAt(), entry.traceId(), entry.topic(), entry.partition(), offset, payload,
                entry.previousHash(), null, entry.hashScheme());
    }
}
