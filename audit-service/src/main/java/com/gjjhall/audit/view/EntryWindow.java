package com.gjjhall.audit.view;

import com.gjjhall.audit.log.LoggedEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The last entries a projection applied, by number, so that entries it set aside (an answer logged before
 * the request it answers) are found again in memory when they join their transaction; only older ones
 * are read from the log again.
 */
public final class EntryWindow implements LogEntries {

    private final LoggedEvent[] ring;
    private final LogEntries log;

    public EntryWindow(int size, LogEntries log) {
        this.ring = new LoggedEvent[Math.max(1, size)];
        this.log = log;
    }

    public void add(LoggedEvent event) {
        ring[(int) (event.sequenceNo() % ring.length)] = event;
    }

    @Override
    public List<LoggedEvent> entries(long[] sequenceNos) {
        List<LoggedEvent> found = new ArrayList<>(sequenceNos.length);
        long[] missing = new long[sequenceNos.length];
        int missed = 0;
        for (long sequenceNo : sequenceNos) {
            LoggedEvent held = ring[(int) (sequenceNo % ring.length)];
            if (held != null && held.sequenceNo() == sequenceNo) {
                found.add(held);
            } else {
                missing[missed++] = sequenceNo;
            }
        }
        if (missed > 0) {
            found.addAll(log.entries(Arrays.copyOf(missing, missed)));
            found.sort(Comparator.comparingLong(LoggedEvent::sequenceNo));
        }
        return found;
    }
}
