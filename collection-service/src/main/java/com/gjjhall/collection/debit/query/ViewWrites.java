package com.gjjhall.collection.debit.query;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The view's statements for one batch of events, sent to the database when the batch is done (its unit of work
 * prepares to commit, still inside the transaction): consecutive statements of the same shape go as one JDBC batch,
 * in the order of the events, so the view ends as if each had run on its own. A poll's debits (one batch of events,
 * {@code OneUnitOfWork}) cost a round trip for each run of statements instead of one each.
 */
final class ViewWrites {

    private static final String KEY = ViewWrites.class.getName();

    private final JdbcTemplate jdbc;

    ViewWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void update(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Statement> pending = unitOfWork.getOrComputeResource(KEY, key -> {
            List<Statement> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> flush(statements));
            return statements;
        });
        pending.add(new Statement(sql, args));
    }

    private void flush(List<Statement> pending) {
        int next = 0;
        while (next < pending.size()) {
            String sql = pending.get(next).sql();
            List<Object[]> run = new ArrayList<>();
            while (next < pending.size() && pending.get(next).sql().equals(sql)) {
                run.add(pending.get(next++).args());
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
        }
    }

    private record Statement(String sql, Object[] args) {
    }
}
