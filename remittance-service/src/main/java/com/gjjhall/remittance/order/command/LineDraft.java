package com.gjjhall.remittance.order.command;

import java.time.YearMonth;

/** One employee-month of an order being entered, its amounts already computed. */
public record LineDraft(String personalAccountNumber, String name, YearMonth month, long baseFen,
                        long unitAmountFen, long personalAmountFen) {

    public long totalFen() {
        return unitAmountFen + personalAmountFen;
    }
}
