package com.gjjhall.collection.debit.command;

import com.gjjhall.contracts.bank.DebitOutcome;

/** Why a debit failed, in the words the FAQ tells operators (二.7–9, 三.9); only a bank system fault may simply be resubmitted. */
public enum DebitFailureReason {
    INSUFFICIENT_BALANCE("账户余额不足", false),
    ACCOUNT_ABNORMAL("账户状态不正常", false),
    BANK_SYSTEM_FAULT("银行方系统故障", true),
    SIGNING_REQUIRED("结算失败[收方账号和付方账号未进行收款签约]", false),
    NO_AGREEMENT("未开通委托收款结算方式，或委托收款协议尚未生效", false),
    NOT_THIS_UNIT("审核单号不属于本单位", false);

    private final String reason;
    private final boolean retryable;

    DebitFailureReason(String reason, boolean retryable) {
        this.reason = reason;
        this.retryable = retryable;
    }

    public String reason() {
        return reason;
    }

    public boolean retryable() {
        return retryable;
    }

    static DebitFailureReason of(DebitOutcome outcome) {
        return switch (outcome) {
            case INSUFFICIENT_BALANCE -> INSUFFICIENT_BALANCE;
            case ACCOUNT_ABNORMAL -> ACCOUNT_ABNORMAL;
            case BANK_SYSTEM_FAULT -> BANK_SYSTEM_FAULT;
            case SIGNING_REQUIRED -> SIGNING_REQUIRED;
            case SUCCEEDED, UNKNOWN_INSTRUCTION -> throw new IllegalArgumentException(outcome + " is not a failure");
        };
    }
}
