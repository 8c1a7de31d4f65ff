package com.gjjhall.messaging.deadletter;

import java.util.List;

/**
 * What re-driving one dead letter did, with the counts a re-drive of all gives, for that one letter.
 *
 * @param position    the letter re-driven
 * @param parkedAgain when it failed again: the letter as it is parked now, at its new position, with its new error
 */
public record LetterRedrive(String position, Outcome outcome, int applied, int alreadyApplied,
                            List<DeadLetter> parkedAgain) {

    public enum Outcome {
        /** Its event is applied now: the letter is no longer listed. */
        APPLIED,
        /** Its event had been applied before (by a redelivery or an earlier re-drive): nothing changed. */
        ALREADY_APPLIED,
        /** It failed again and is parked anew with the new error, in its place on the list. */
        FAILED_AGAIN
    }

    static LetterRedrive applied(String position) {
        return new LetterRedrive(position, Outcome.APPLIED, 1, 0, List.of());
    }

    static LetterRedrive alreadyApplied(String position) {
        return new LetterRedrive(position, Outcome.ALREADY_APPLIED, 0, 1, List.of());
    }

    static LetterRedrive failedAgain(String position, DeadLetter parked) {
        return new LetterRedrive(position, Outcome.FAILED_AGAIN, 0, 0, List.of(parked));
    }
}
