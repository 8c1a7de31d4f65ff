package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record IdNumberUpgraded(String personalAccountNumber, String unitId, String legacyIdNumber,
                               String idNumber, String name, Instant upgradedAt) {
}
