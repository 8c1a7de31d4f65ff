package com.gjjhall.remittance.order.web;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;

/** Remittance business is done by a unit's online operators (网上业务操作员). */
public final class Operators {

    private Operators() {
    }

    public static CurrentOperator requireOperator(CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.OPERATOR) || caller.unitId() == null) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        return caller;
    }
}
