package com.gjjhall.collection.agreement.query;

import java.time.Instant;
import java.util.List;

/**
 * A unit's entrusted-collection agreement as it stands: NONE (未开通), EFFECTIVE (已生效) or ENDED (已取消),
 * its payer accounts in debit order, and the application in progress, if any.
 */
public record AgreementView(String unitId, String unitName, String agreementId, String state, String stateText,
                            List<Account> accounts, ApplicationView applicationInProgress) {

    /** A payer account in force; {@code signingRequired} accounts debit only once {@code signedAt} is set. */
    public record Account(int position, String bankCode, String bankName, String accountNumber, String accountName,
                          boolean signingRequired, Instant signedAt, Instant effectiveAt) {
    }

    static String stateText(String state) {
        return switch (state) {
            case "EFFECTIVE" -> "已生效";
            case "ENDED" -> "已取消";
            default -> "未开通";
        };
    }
}
