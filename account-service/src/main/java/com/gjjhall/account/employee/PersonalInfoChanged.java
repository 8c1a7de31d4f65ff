package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record PersonalInfoChanged(String personalAccountNumber, String unitId, String idNumber, String name,
                                  String mobile,
                                  Instant changedAt) {
}
