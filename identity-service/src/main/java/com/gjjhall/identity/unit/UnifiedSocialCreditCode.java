package com.gjjhall.identity.unit;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;

/**
 * A unit's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter
 * alphabet (no I, O, Z, S, V), the last a check character over the first 17. A wrong one cannot exist.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value == null || !isValid(value)) {
            throw new BusinessException(IdentityError.INVALID_CREDIT_CODE);
        }
    }

    public static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return false;
            }
            sum += digit * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }

    /** Completes the first 17 characters with their check character. */
    public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return new UnifiedSocialCreditCode(first17 + ALPHABET.charAt((31 - sum % 31) % 31));
    }

    @Override
    public String toString() {
        return value;
    }
}
