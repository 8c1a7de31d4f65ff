package com.gjjhall.contracts;

import com.gjjhall.contracts.identity.CertificateIssued;
import com.gjjhall.contracts.identity.CertificateRevoked;
import com.gjjhall.contracts.identity.LoginFailed;
import com.gjjhall.contracts.identity.LoginSucceeded;
import com.gjjhall.contracts.identity.OnlineBusinessOpened;
import com.gjjhall.contracts.identity.OperatorChanged;
import com.gjjhall.contracts.identity.OperatorCredentialsReset;
import com.gjjhall.contracts.identity.OperatorFrozen;
import com.gjjhall.contracts.identity.OperatorMobileChanged;
import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.OperatorUnfrozen;
import com.gjjhall.contracts.identity.SessionRevoked;
import com.gjjhall.contracts.identity.UnitEnrolled;

import java.time.Duration;
import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class IdentityExamples {

    private static final String SERIAL = "5F2A9C0D13B7E4A1";

    static final List<IntegrationEvent> ALL = List.of(
            new UnitEnrolled("U0001", "91350100M00010000P", "示范单位", AT),
            new OnlineBusinessOpened("U0001", "2026-01", "OP0001", AT),
            new OperatorRegistered("OP0001", "U0001", "demo-maker", "13800138000", AT),
            new OperatorChanged("OP0001", "U0001", "张三", "13900139000", AT),
            new OperatorMobileChanged("OP0001", "U0001", "13700137000", AT),
            new OperatorCredentialsReset("OP0001", "U0001", "demo-maker2", true, true, AT),
            new OperatorFrozen("OP0001", "U0001", AT.plus(Duration.ofHours(15)), AT),
            new OperatorUnfrozen("OP0001", "U0001", "EXPIRED", AT.plus(Duration.ofHours(15))),
            new LoginSucceeded("OP0001", "U0001", "6f1c2a8e-7d3b-4c55-9a0e-2b7f4d1c9e30", SERIAL, AT),
            new LoginSucceeded("OP-CLERK", "U-CENTRE", "0b5e7c1d-2f4a-4e6b-8c9d-1a3f5e7b9c2d", null, AT),
            new LoginFailed("OP0001", "U0001", "WRONG_PASSWORD", 3, AT),
            new CertificateIssued(SERIAL, "U0001", "OP0001", "SM2",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", AT,
                    AT.plus(Duration.ofDays(730)), AT),
            new CertificateRevoked(SERIAL, "U0001", "OP0001", "SUPERSEDED", AT),
            new SessionRevoked("6f1c2a8e-7d3b-4c55-9a0e-2b7f4d1c9e30", "OP0001", "U0001",
                    AT.plus(Duration.ofMinutes(30)), AT));

    private IdentityExamples() {
    }
}
