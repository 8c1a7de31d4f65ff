package com.gjjhall.contracts.remittance;

import java.time.YearMonth;

/** One employee's contribution for one month, as credited: the unit's part and the employee's part, in fen. */
public record CreditedLine(String personalAccountNumber, YearMonth month, long unitAmountFen, long personalAmountFen) {
}
