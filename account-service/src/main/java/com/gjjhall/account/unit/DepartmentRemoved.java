package com.gjjhall.account.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DepartmentRemoved(String unitId, String departmentId, Instant at) {
}
