package com.gjjhall.identity.operator;

import java.time.Instant;

/** What a wrong password led to: the day's count, and the freeze it caused (null if none). */
public record WrongPasswordOutcome(int wrongPasswordsToday, Instant frozenUntil) {

    public boolean frozen() {
        return frozenUntil != null;
    }
}
