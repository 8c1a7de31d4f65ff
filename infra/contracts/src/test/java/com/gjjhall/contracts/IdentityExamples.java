package com.gjjhall.contracts;

import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.UnitEnrolled;

import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class IdentityExamples {

    static final List<IntegrationEvent> ALL = List.of(
            new UnitEnrolled("U0001", "91350100M00010000P", "示范单位", AT),
            new OperatorRegistered("OP0001", "U0001", "demo-maker", "13800138000", AT));

    private IdentityExamples() {
    }
}
