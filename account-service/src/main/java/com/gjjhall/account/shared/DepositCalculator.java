package com.gjjhall.account.shared;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Monthly deposit (月缴存额) = base × unit rate + base × personal rate, each side rounded half up as configured. */
@Component
public class DepositCalculator {

    private final AccountSettings.Precision precision;

    public DepositCalculator(AccountSettings settings) {
        this.precision = settings.deposit().rounding();
    }

    public long side(long baseFen, int ratePercent) {
        return precision.round(BigDecimal.valueOf(baseFen).multiply(BigDecimal.valueOf(ratePercent)).movePointLeft(2),
                RoundingMode.HALF_UP);
    }

    public long monthly(long baseFen, int unitRatePercent, int personalRatePercent) {
        return side(baseFen, unitRatePercent) + side(baseFen, personalRatePercent);
    }
}
