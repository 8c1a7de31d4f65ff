package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.contracts.bank.VerificationOutcome;

/** The operator's words for a bank's refusal of an account (FAQ 三.6, 三.7, 二.9). */
final class VerificationReasons {

    private VerificationReasons() {
    }

    static String of(VerificationOutcome outcome) {
        return switch (outcome) {
            case OK -> "账户验证通过";
            case NOT_FOUND -> CollectionError.ACCOUNT_NOT_FOUND.message();
            case NAME_MISMATCH -> CollectionError.ACCOUNT_NAME_MISMATCH.message();
            case ABNORMAL_STATUS -> CollectionError.ACCOUNT_ABNORMAL.message();
        };
    }
}
