package com.gjjhall.contracts.bank;

/** A bank's answer to a debit instruction. */
public enum DebitOutcome {
    /** debited */
    SUCCEEDED,
    /** 账户余额不足 */
    INSUFFICIENT_BALANCE,
    /** 账户状态不正常: frozen, closed or dormant */
    ACCOUNT_ABNORMAL,
    /** 银行方系统故障: retryable, the reviewer may resubmit */
    BANK_SYSTEM_FAULT,
    /** 结算失败[收方账号和付方账号未进行收款签约]: CCB, BOCOM, CGB, PSBC before unit-bank signing */
    SIGNING_REQUIRED,
    /** answer to a status query: the bank never received the instruction */
    UNKNOWN_INSTRUCTION
}
