package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

@Revision("1")
public record EmployeeAccountUnsealed(String personalAccountNumber, String unitId, long baseFen,
                                      YearMonth startMonth, Instant unsealedAt) {
}
