package com.gjjhall.audit.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain of the audit log: each entry's hash covers the previous hash and the entry itself. */
public final class EntryHash {

    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    public static String of(String previousHash, String eventId, String eventType, String subject,
                            String topic, int partition, long offset, String payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {previousHash, eventId, eventType, subject == null ? "" : subject, topic,
                    Integer.toString(partition), Long.toString(offset), payload}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(HexFormat.of().parseHex(String.format("%08x", bytes.length)));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
