package com.gjjhall.collection.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The aggregates of the current unit of work known to have no events yet, which the event store then does not
 * search for: nearly every debit request of a poll is for a new audit number, and one query for the poll replaces
 * a search per debit. Known only inside the unit of work that asked, within its transaction. Should another
 * transaction store a first event for one of them meanwhile, this one's first event collides with it on (aggregate,
 * sequence number), the transaction rolls back, and its events are applied again one at a time, reading as usual.
 */
@Component
public class NewAggregates {

    private static final String KEY = NewAggregates.class.getName();

    private final JdbcTemplate jdbc;

    NewAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Finds which of these aggregates have no events stored, for the rest of the current unit of work. */
    public void find(Collection<String> aggregateIds) {
        Set<String> unknown = new HashSet<>(aggregateIds);
        unknown.removeAll(jdbc.queryForList("select distinct aggregateidentifier from domainevententry "
                + "where aggregateidentifier = any(?)", String.class, (Object) aggregateIds.toArray(String[]::new)));
        CurrentUnitOfWork.get().root().resources().put(KEY, unknown);
    }

    static boolean isKnownNew(String aggregateId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        Set<String> unknown = CurrentUnitOfWork.get().root().getResource(KEY);
        return unknown != null && unknown.contains(aggregateId);
    }
}
