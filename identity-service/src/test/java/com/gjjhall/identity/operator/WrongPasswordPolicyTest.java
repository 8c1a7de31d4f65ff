package com.gjjhall.identity.operator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WrongPasswordPolicyTest {

    @Test
    void theCalendarDayIsTheFundCentresNotUtc() {
        // 16:30 UTC is already 00:30 the next day in Shanghai.
        assertThat(WrongPasswordPolicy.dayOf(Instant.parse("2026-11-23T16:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(WrongPasswordPolicy.dayOf(Instant.parse("2026-11-23T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void wrongPasswordsCountWithinADayAndStartAgainTheNextDay() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(WrongPasswordPolicy.countAfterWrongPassword(day, 3, Instant.parse("2026-11-23T15:59:59Z"))).isEqualTo(4);
        assertThat(WrongPasswordPolicy.countAfterWrongPassword(day, 5, Instant.parse("2026-11-23T16:00:00Z"))).isEqualTo(1);
        assertThat(WrongPasswordPolicy.countAfterWrongPassword(null, 0, Instant.parse("2026-11-23T02:00:00Z"))).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsAreAllowedAndTheSixthFreezesUntilMidnightInShanghai() {
        assertThat(WrongPasswordPolicy.freezes(5)).isFalse();
        assertThat(WrongPasswordPolicy.freezes(6)).isTrue();
        assertThat(WrongPasswordPolicy.wrongPasswordsUntilFreeze(1)).isEqualTo(5);
        assertThat(WrongPasswordPolicy.wrongPasswordsUntilFreeze(5)).isEqualTo(1);
        assertThat(WrongPasswordPolicy.endOfFreeze(Instant.parse("2026-11-23T02:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(WrongPasswordPolicy.endOfFreeze(Instant.parse("2026-11-23T17:00:00Z")))
                .as("after midnight Shanghai it is already the 24th there").isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
    }
}
