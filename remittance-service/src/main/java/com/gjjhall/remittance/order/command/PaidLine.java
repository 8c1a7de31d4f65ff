package com.gjjhall.remittance.order.command;

import java.time.YearMonth;

/** One credited employee-month, as account-service needs it. */
public record PaidLine(String personalAccountNumber, YearMonth month, long unitAmountFen, long personalAmountFen) {
}
