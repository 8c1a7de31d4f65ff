package com.gjjhall.audit.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: SHA-256 over the previous entry's hash and the entry, each field
 * prefixed by its length so that no two different entries hash the same bytes.
 *
 * <p>Scheme 2 covers every stored column except the derived unit: the entry's number (so removing an
 * entry breaks its successor), the event, its source position and both times. Scheme 1, the first
 * appender's, left out the number, source, times and trace id; rows written under it keep verifying
 * under it.
 */
public final class EntryHash {

    public static final String GENESIS = "0".repeat(64);
    public static final int LEGACY_SCHEME = 1;
    public static final int SCHEME = 2;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private EntryHash() {
    }

    /** Scheme 2: the hash of {@code entry} following {@code previousHash}; the entry's own hash fields are ignored. */
    public static String of(String previousHash, AuditEntry entry) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        update(sha, previousHash);
        update(sha, Long.toString(entry.sequenceNo()));
        update(sha, entry.eventId());
        update(sha, entry.eventType());
        update(sha, entry.source());
        update(sha, entry.subject());
        update(sha, time(entry.occurredAt()));
        update(sha, entry.traceId());
        update(sha, entry.topic());
        update(sha, Integer.toString(entry.partition()));
        update(sha, Long.toString(entry.offset()));
        update(sha, time(entry.recordedAt()));
        update(sha, entry.payload());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Scheme 1, exactly as the first appender computed it (a missing subject hashed as empty). */
    public static String legacy(String previousHash, String eventId, String eventType, String subject,
                                String topic, int partition, long offset, String payload) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        for (String part : new String[] {previousHash, eventId, eventType, subject == null ? "" : subject, topic,
                Integer.toString(partition), Long.toString(offset), payload}) {
            update(sha, part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Length (big-endian, 4 bytes; -1 for a missing value) then the UTF-8 bytes. */
    private static void update(MessageDigest sha, String part) {
        if (part == null) {
            sha.update(new byte[] {-1, -1, -1, -1});
            return;
        }
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }
}
