package com.gjjhall.collection.agreement.query;

import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.contracts.collection.PayerAccount;

import java.time.Instant;
import java.util.List;

/**
 * One application and how it ended; the registration form (登记表) is printed from it.
 *
 * @param state VERIFYING (the banks are checking the accounts), REFUSED, AWAITING_BANK (待银行生效),
 *              EFFECTIVE or WITHDRAWN (the agreement was cancelled before it took effect)
 */
public record ApplicationView(String applicationId, String unitId, String agreementId,
                              AgreementApplicationType applicationType, String applicationTypeText, String state,
                              String stateText, List<PayerAccount> addedAccounts, List<String> removedAccountNumbers,
                              List<PayerAccount> resultingAccounts, String submittedBy, Instant submittedAt,
                              String refusedAccountNumber, String refusalReasonCode, String refusalReason,
                              String confirmedBy, Instant decidedAt) {

    public static final String VERIFYING = "VERIFYING";
    public static final String REFUSED = "REFUSED";
    public static final String AWAITING_BANK = "AWAITING_BANK";
    public static final String EFFECTIVE = "EFFECTIVE";

    static String typeText(AgreementApplicationType type) {
        return switch (type) {
            case REGISTRATION -> "委托收款登记";
            case OPENING -> "委托收款结算方式开通申请";
            case CHANGE -> "委托收款变更";
            case ACCOUNT_CANCELLATION -> "取消部分委托收款账户";
            case METHOD_CANCELLATION -> "委托收款结算方式取消";
        };
    }

    static String stateText(String state) {
        return switch (state) {
            case VERIFYING -> "处理中（银行正在验证付款账户）";
            case REFUSED -> "未通过";
            case AWAITING_BANK -> "待银行生效";
            case EFFECTIVE -> "已生效";
            default -> "已撤销";
        };
    }
}
