package com.gjjhall.account.view;

import java.util.List;

/**
 * The roster's filters (全量清册 / 职工清册查询), always within the operator's own unit: name (contains), ID
 * number (exact), status code, department.
 */
public record RosterFilter(String unitId, String name, String idNumber, String statusCode, String departmentId) {

    /** The SQL condition over {@code employee_account e}, and its parameters in order. */
    public String where(List<Object> parameters) {
        StringBuilder sql = new StringBuilder("e.unit_id = ?");
        parameters.add(unitId);
        if (name != null && !name.isBlank()) {
            sql.append(" and e.name like ?");
            parameters.add("%" + name.strip().replace("%", "").replace("_", "") + "%");
        }
        if (idNumber != null && !idNumber.isBlank()) {
            sql.append(" and e.id_number = ?");
            parameters.add(idNumber.strip().toUpperCase());
        }
        if (statusCode != null && !statusCode.isBlank()) {
            sql.append(" and e.status = ?");
            parameters.add(statusCode.strip());
        }
        if (departmentId != null && !departmentId.isBlank()) {
            sql.append(" and e.department_id = ?");
            parameters.add(departmentId.strip());
        }
        return sql.toString();
    }
}
