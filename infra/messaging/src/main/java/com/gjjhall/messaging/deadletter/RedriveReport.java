package com.gjjhall.messaging.deadletter;

import java.util.List;

/**
 * What a re-drive did: how many parked events were applied, how many had been applied before, and which
 * failed again. Those are parked again at the end of the dead-letter topic with their new error, so one
 * poison event never blocks the others and nothing is dropped.
 */
public record RedriveReport(int applied, int alreadyApplied, List<DeadLetter> parkedAgain) {
}
