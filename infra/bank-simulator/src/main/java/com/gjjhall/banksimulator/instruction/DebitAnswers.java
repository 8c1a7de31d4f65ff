package com.gjjhall.banksimulator.instruction;

import com.gjjhall.contracts.bank.DebitOutcome;

/** The banks' words for each debit outcome, as operators meet them in the FAQ. */
final class DebitAnswers {

    private DebitAnswers() {
    }

    static String message(DebitOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "扣款成功";
            case INSUFFICIENT_BALANCE -> "账户余额不足";
            case ACCOUNT_ABNORMAL -> "账户状态不正常";
            case BANK_SYSTEM_FAULT -> "银行方系统故障";
            case SIGNING_REQUIRED -> "结算失败[收方账号和付方账号未进行收款签约]";
            case UNKNOWN_INSTRUCTION -> "银行未收到该指令";
        };
    }
}
