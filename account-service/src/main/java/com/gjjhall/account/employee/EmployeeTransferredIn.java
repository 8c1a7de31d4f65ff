package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record EmployeeTransferredIn(String personalAccountNumber, String unitId, String fromUnitId,
                                    String departmentId, String idNumber, String name, long balanceFen,
                                    Instant transferredAt) {
}
