package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

@Revision("1")
public record EmployeeAccountSealed(String personalAccountNumber, String unitId, YearMonth sealedFromMonth,
                                    String reason, Instant sealedAt) {
}
