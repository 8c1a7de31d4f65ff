package com.gjjhall.contracts;

import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.UnitEnrolled;

import java.time.Instant;
import java.util.List;

/** One realistic instance of every published event, as a producer would send it. */
final class ContractExamples {

    static final Instant AT = Instant.parse("2026-11-02T01:30:00Z");

    static List<IntegrationEvent> all() {
        return List.of(
                new UnitEnrolled("U0001", "91350100M00010000P", "示范单位", AT),
                new OperatorRegistered("OP0001", "U0001", "demo-maker", "13800138000", AT));
    }

    private ContractExamples() {
    }
}
