package com.gjjhall.audit.view;

import com.gjjhall.audit.log.LoggedEvent;

import java.util.List;

/**
 * A view computed from the audit log. Implement it as a Spring bean and the view exists: its tables are
 * created, kept up to date by the live projector, and can be rebuilt by replay, compared and swapped,
 * without touching that machinery.
 *
 * <p>{@link #apply} sees the log's entries in log order, once each, and must depend on nothing but them
 * and the view's own rows: that is what makes a replay equal to the live view. It keeps its state only
 * through {@link ViewState}; the machinery decides whether rows live in memory (replay) or are read
 * and written in batches (live).
 */
public interface LogProjection {

    /** The view's name in URLs and table names: lower case letters, digits and underscores, at most 20. */
    String name();

    List<ViewTable<?>> tables();

    void apply(LoggedEvent event, ViewState state);
}
