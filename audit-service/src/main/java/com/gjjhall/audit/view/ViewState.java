package com.gjjhall.audit.view;

import com.gjjhall.audit.log.LoggedEvent;

import java.util.List;

/** A projection's rows, by table and key, as the projection reads and changes them. */
public interface ViewState {

    /** The row under {@code key}, or null. */
    <R> R find(ViewTable<R> table, String key);

    /** Stores {@code row} under its key, replacing any row there. */
    <R> void put(ViewTable<R> table, R row);

    void remove(ViewTable<?> table, String key);

    /** Entries logged earlier, read again (e.g. events kept aside until what they refer to was logged). */
    List<LoggedEvent> entries(long[] sequenceNos);
}
