package com.gjjhall.account.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;

import java.util.List;

/** A refused field: the request changes nothing and the answer names the field in Chinese. */
public final class Invalid {

    private Invalid() {
    }

    public static BusinessException field(String field, String message) {
        return new BusinessException(PlatformError.INVALID_INPUT, field + "：" + message,
                List.of(FieldProblem.of(field, message)));
    }
}
