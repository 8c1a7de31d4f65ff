package com.gjjhall.contracts.collection;

/** What a unit or a bank clerk did to an entrusted-collection agreement; each prints a registration form (登记表). */
public enum AgreementApplicationType {
    /** 委托收款登记: registered by the bank at the counter, effective at once */
    REGISTRATION,
    /** 委托收款结算方式开通申请: applied for online, effective when the bank confirms (生效) */
    OPENING,
    /** 委托收款变更: payer accounts added or replaced online, effective when the bank confirms */
    CHANGE,
    /** 取消部分委托收款账户: effective at once */
    ACCOUNT_CANCELLATION,
    /** 委托收款结算方式取消: effective at once, the agreement ends */
    METHOD_CANCELLATION
}
