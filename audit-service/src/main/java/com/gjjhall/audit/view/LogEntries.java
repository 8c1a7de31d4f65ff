package com.gjjhall.audit.view;

import com.gjjhall.audit.log.LoggedEvent;

import java.util.List;

/** Reads log entries again by number, in log order. */
@FunctionalInterface
public interface LogEntries {

    List<LoggedEvent> entries(long[] sequenceNos);
}
