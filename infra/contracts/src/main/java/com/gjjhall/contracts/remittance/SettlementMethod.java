package com.gjjhall.contracts.remittance;

/** How a reviewed order is paid (结算方式). */
public enum SettlementMethod {
    /** 现金/支票 at the bank counter */
    CASH_CHEQUE,
    /** 网银转账 with the audit number alone in the memo */
    BANK_TRANSFER,
    /** 委托收款: the fund debits the unit's registered payer account */
    ENTRUSTED_COLLECTION
}
