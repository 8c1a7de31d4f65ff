package com.gjjhall.contracts;

import java.util.List;

/** Every Kafka topic of the platform, in one place. */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String ACCOUNT = "account.events";
    public static final String REMITTANCE = "remittance.events";
    public static final String COLLECTION = "collection.events";
    /** Banks → platform: receipts, incoming transfers, debit answers, account checks. */
    public static final String BANK_SETTLEMENT = "bank.settlement";
    /** Platform → banks: debits, refunds, account checks. */
    public static final String BANK_INSTRUCTION = "bank.instruction";

    private static final List<String> ALL = List.of(
            IDENTITY, ACCOUNT, REMITTANCE, COLLECTION, BANK_SETTLEMENT, BANK_INSTRUCTION);

    private Topics() {
    }

    /** All business topics (not dead-letter topics). */
    public static List<String> all() {
        return ALL;
    }

    /** The topic a domain publishes on: {@code identity} → {@code identity.events}; {@code bank} events name theirs. */
    public static String forDomain(String domain) {
        return switch (domain) {
            case "identity" -> IDENTITY;
            case "account" -> ACCOUNT;
            case "remittance" -> REMITTANCE;
            case "collection" -> COLLECTION;
            case "bank.settlement" -> BANK_SETTLEMENT;
            case "bank.instruction" -> BANK_INSTRUCTION;
            default -> throw new IllegalArgumentException("no topic for domain " + domain);
        };
    }

    /** Where a consumer group parks what it could not process after its retries. */
    public static String deadLetters(String consumerGroup) {
        return "deadletter." + consumerGroup;
    }
}
