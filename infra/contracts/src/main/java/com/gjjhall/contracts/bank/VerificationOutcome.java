package com.gjjhall.contracts.bank;

/** A bank's answer to an account check. */
public enum VerificationOutcome {
    /** the account exists, is normal and the name matches */
    OK,
    /** 账号不存在 */
    NOT_FOUND,
    /** 扣款户名不一致 (full-width and half-width brackets differ) */
    NAME_MISMATCH,
    /** 账户状态不正常 */
    ABNORMAL_STATUS
}
