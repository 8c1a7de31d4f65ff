package com.gjjhall.identity.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Wrong passwords (DOMAIN.md): 5 a calendar day (Asia/Shanghai) are allowed; the 6th freezes the operator
 * until 00:00 the next day. Counts start again each day and after a correct login.
 */
public final class WrongPasswordPolicy {

    public static final ZoneId FUND_CENTRE_TIME = ZoneId.of("Asia/Shanghai");
    /** The wrong password that freezes. */
    public static final int FREEZING_WRONG_PASSWORD = 6;

    private WrongPasswordPolicy() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(FUND_CENTRE_TIME).toLocalDate();
    }

    /** The day's count after one more wrong password at {@code now}, given what was counted on {@code countedDay}. */
    public static int countAfterWrongPassword(LocalDate countedDay, int counted, Instant now) {
        return dayOf(now).equals(countedDay) ? counted + 1 : 1;
    }

    public static boolean freezes(int wrongPasswordsToday) {
        return wrongPasswordsToday >= FREEZING_WRONG_PASSWORD;
    }

    /** 00:00 of the day after {@code now}, fund-centre time. */
    public static Instant endOfFreeze(Instant now) {
        return dayOf(now).plusDays(1).atStartOfDay(FUND_CENTRE_TIME).toInstant();
    }

    /** How many more wrong passwords today freeze the operator (the last of them does). */
    public static int wrongPasswordsUntilFreeze(int wrongPasswordsToday) {
        return Math.max(0, FREEZING_WRONG_PASSWORD - wrongPasswordsToday);
    }
}
