package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

@Revision("1")
public record EmployeeAccountOpened(String personalAccountNumber, String unitId, String idNumber, String name,
                                    String mobile, String departmentId, long baseFen, YearMonth startMonth,
                                    Instant openedAt) {
}
