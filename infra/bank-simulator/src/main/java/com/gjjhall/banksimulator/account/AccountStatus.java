package com.gjjhall.banksimulator.account;

/** A bank account's status; anything but NORMAL makes a debit fail with 账户状态不正常. */
public enum AccountStatus {
    /** 正常 */
    NORMAL,
    /** 冻结 */
    FROZEN,
    /** 销户 */
    CLOSED,
    /** 久悬 */
    DORMANT
}
