package com.gjjhall.audit.log.verify;

/**
 * The outcome of checking the whole chain.
 *
 * @param intact                true when every entry is where it should be and carries the hash its content gives
 * @param checkedEntries        entries read
 * @param lastSequenceNo        the last entry the log holds
 * @param firstBrokenSequenceNo the first entry at which the chain breaks, or null
 * @param problem               what is wrong there, in words ops can act on, or null
 */
public record VerifyReport(boolean intact, long checkedEntries, long lastSequenceNo, Long firstBrokenSequenceNo,
                           String problem) {

    static VerifyReport ok(long checked, long last) {
        return new VerifyReport(true, checked, last, null, null);
    }

    static VerifyReport broken(long checked, long last, long at, String problem) {
        return new VerifyReport(false, checked, last, at, problem);
    }
}
