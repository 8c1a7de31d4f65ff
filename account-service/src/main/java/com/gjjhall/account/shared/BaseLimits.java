package com.gjjhall.account.shared;

import com.gjjhall.account.AccountError;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import org.springframework.stereotype.Component;

import java.util.List;

/** The city's contribution base limits (缴存基数上下限), from configuration. */
@Component
public class BaseLimits {

    private final AccountSettings.Base base;

    public BaseLimits(AccountSettings settings) {
        this.base = settings.base();
    }

    public void require(long baseFen) {
        if (baseFen < base.minimumFen() || baseFen > base.maximumFen()) {
            String limits = "下限" + Yuan.format(base.minimumFen()) + "元，上限" + Yuan.format(base.maximumFen()) + "元";
            throw new BusinessException(AccountError.BASE_OUT_OF_RANGE,
                    AccountError.BASE_OUT_OF_RANGE.message() + "（" + limits + "）",
                    List.of(FieldProblem.of("缴存基数", limits)));
        }
    }
}
