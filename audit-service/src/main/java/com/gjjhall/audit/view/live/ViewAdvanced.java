package com.gjjhall.audit.view.live;

import com.gjjhall.audit.log.LoggedEvent;

import java.time.Instant;
import java.util.List;

/**
 * A live view committed the effect of these log entries: from {@code visibleAt} on, queries see them.
 * Published after each batch for whoever measures how fresh the views are.
 */
public record ViewAdvanced(String view, List<LoggedEvent> entries, Instant visibleAt) {
}
