package com.gjjhall.identity.operator;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;

import java.util.List;
import java.util.Locale;

/** An operator's login name (登录用户名): unique across the platform, whatever its letter case. */
public record LoginName(String value) {

    public LoginName {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_.@-]{2,31}")) {
            throw new BusinessException(PlatformError.INVALID_INPUT, "登录用户名须为3至32位字母、数字或._@-",
                    List.of(FieldProblem.of("loginName", "登录用户名须为3至32位字母、数字或._@-")));
        }
    }

    /** The form uniqueness is decided on. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
