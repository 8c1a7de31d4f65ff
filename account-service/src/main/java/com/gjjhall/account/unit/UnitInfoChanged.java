package com.gjjhall.account.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UnitInfoChanged(String unitId, String address, String contactName, String contactPhone,
                              Instant changedAt) {
}
