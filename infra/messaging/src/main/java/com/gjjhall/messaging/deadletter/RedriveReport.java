package com.gjjhall.messaging.deadletter;

/**
 * What a re-drive did: how many parked events were applied, how many had been applied before, and the
 * first one that failed again (re-driving stops there, so nothing is skipped), if any.
 */
public record RedriveReport(int applied, int alreadyApplied, DeadLetter stillFailing, String failure) {
}
