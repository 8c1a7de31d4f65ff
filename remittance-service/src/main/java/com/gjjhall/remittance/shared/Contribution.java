package com.gjjhall.remittance.shared;

/** One employee's deposit for one month: the unit's part and the employee's part, in fen. */
public record Contribution(long unitAmountFen, long personalAmountFen) {

    public static Contribution of(long baseFen, int unitRatePercent, int personalRatePercent,
                                  ContributionRounding rounding) {
        return new Contribution(rounding.apply(baseFen, unitRatePercent), rounding.apply(baseFen, personalRatePercent));
    }

    public long totalFen() {
        return unitAmountFen + personalAmountFen;
    }
}
