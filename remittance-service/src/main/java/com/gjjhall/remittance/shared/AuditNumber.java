package com.gjjhall.remittance.shared;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.servicekit.errors.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An audit number (审核单号): 14 digits issued when an order is reviewed, which the unit writes alone in
 * the memo of its bank transfer. Layout: {@code yyMMdd} of the review day (Asia/Shanghai), a 7-digit
 * sequence of that day (up to 9,999,999 reviews a day), and one check digit computed over the first 13
 * digits with ISO 7064 MOD 11,10: it catches every single mistyped digit and almost every swap of two
 * adjacent digits, so a memo with a typo is refused and refunded instead of paying someone else's
 * order. A number with a wrong check digit cannot exist as an object.
 */
public record AuditNumber(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    public static final int MAX_SEQUENCE = 9_999_999;

    public AuditNumber {
        if (value == null || !isValid(value)) {
            throw new BusinessException(RemittanceError.INVALID_AUDIT_NUMBER);
        }
    }

    /** The {@code sequence}-th number of {@code day}. */
    public static AuditNumber issue(LocalDate day, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String body = day.format(DAY) + String.format("%07d", sequence);
        return new AuditNumber(body + checkDigit(body));
    }

    /** Fourteen digits whose last one is the check digit of the other thirteen. */
    public static boolean isValid(String candidate) {
        return hasAuditNumberShape(candidate)
                && checkDigit(candidate.substring(0, 13)) == candidate.charAt(13) - '0';
    }

    /** Fourteen ASCII digits, whatever the check digit says. */
    public static boolean hasAuditNumberShape(String candidate) {
        if (candidate == null || candidate.length() != 14) {
            return false;
        }
        for (int i = 0; i < 14; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** ISO 7064 MOD 11,10 over the given digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (product + (digits.charAt(i) - '0')) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        return (11 - product) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
