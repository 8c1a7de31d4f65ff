package com.gjjhall.banksimulator;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;

/**
 * The admin API acts as the banks' staff would: it moves money and reports signings. Only fund-centre
 * clerks and ops (roles CLERK, OPS) may drive it, with a token from identity-service like any other call.
 */
public final class AdminAccess {

    private AdminAccess() {
    }

    public static void require(CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK) && !caller.hasRole(CurrentOperator.OPS)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
    }
}
