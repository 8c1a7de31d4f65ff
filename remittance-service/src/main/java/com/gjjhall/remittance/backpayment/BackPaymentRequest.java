package com.gjjhall.remittance.backpayment;

import java.time.YearMonth;

/**
 * One employee-month to back-pay, as asked: by the web form (account number and month) or by a file row
 * (with the name and the base too).
 *
 * @param row     the row in the request or file, named in error messages
 * @param name    null when not given; compared with the account's name when given
 * @param baseFen null to use the base in force for the month
 */
public record BackPaymentRequest(int row, String personalAccountNumber, String name, YearMonth month, Long baseFen) {
}
