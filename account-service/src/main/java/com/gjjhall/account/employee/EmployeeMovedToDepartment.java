package com.gjjhall.account.employee;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record EmployeeMovedToDepartment(String personalAccountNumber, String unitId, String departmentId,
                                        Instant movedAt) {
}
