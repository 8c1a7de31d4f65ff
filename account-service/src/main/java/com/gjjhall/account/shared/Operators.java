package com.gjjhall.account.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;

/** Who may do what: a unit's operators act for their own unit only (from the token, never from the request). */
public final class Operators {

    private Operators() {
    }

    public static String unitOf(CurrentOperator operator) {
        if (!operator.hasRole(CurrentOperator.OPERATOR) || operator.unitId() == null) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        return operator.unitId();
    }
}
