package com.gjjhall.contracts;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** One realistic instance of every published event, as its producer would send it: each domain's list. */
final class ContractExamples {

    static final Instant AT = Instant.parse("2026-11-02T01:30:00Z");

    static List<IntegrationEvent> all() {
        return Stream.of(IdentityExamples.ALL, AccountExamples.ALL, RemittanceExamples.ALL, CollectionExamples.ALL,
                BankExamples.ALL).flatMap(List::stream).toList();
    }

    private ContractExamples() {
    }
}
