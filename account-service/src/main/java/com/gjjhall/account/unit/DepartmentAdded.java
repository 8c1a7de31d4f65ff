package com.gjjhall.account.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DepartmentAdded(String unitId, String departmentId, String name, Instant at) {
}
