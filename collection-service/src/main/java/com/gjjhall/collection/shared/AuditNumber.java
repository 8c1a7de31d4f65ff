package com.gjjhall.collection.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;

import java.util.List;

/** The 14-digit audit number (审核单号) remittance review issues; its check digit is remittance-service's business. */
public record AuditNumber(String value) {

    public AuditNumber {
        if (value == null || !value.matches("[0-9]{14}")) {
            throw new BusinessException(PlatformError.INVALID_INPUT, "审核单号须为14位数字",
                    List.of(FieldProblem.of("审核单号", "审核单号须为14位数字")));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
