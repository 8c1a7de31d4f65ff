package com.gjjhall.account.view;

import java.time.Instant;

/**
 * A personal account as the unit's operators see it (个人账户查询), with the data standard's names where it has
 * them: GRZH, GRJCJS (base), DWJCBL/GRJCBL (rates), GRZHYE (balance), JZNY (paid up to).
 */
public record EmployeeView(String personalAccountNumber, String name, String idNumber, String mobile,
                           String departmentId, String departmentName, String statusCode, String statusName,
                           long baseFen, String base, String baseFromMonth, int unitRatePercent,
                           int personalRatePercent, long monthlyDepositFen, String monthlyDeposit, long balanceFen,
                           String balance, String startMonth, String sealedFromMonth, String paidUpToMonth,
                           Instant openedAt) {
}
