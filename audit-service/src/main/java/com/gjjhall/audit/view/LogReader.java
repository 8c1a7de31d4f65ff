package com.gjjhall.audit.view;

import com.gjjhall.audit.log.AuditEntries;
import com.gjjhall.audit.log.LoggedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads the log for projections: the next entries after a position, or a long range streamed for a replay. */
@Component
public class LogReader implements LogEntries {

    private static final int FETCH = 5_000;
    private static final List<LoggedEvent> END = new ArrayList<>();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public LogReader(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The number of the last entry logged. */
    public long head() {
        Long head = jdbc.queryForObject("select last_sequence_no from audit_log_head where id = 1", Long.class);
        return head == null ? 0 : head;
    }

    /** Up to {@code limit} entries after {@code position} and at most {@code upTo}, in log order. */
    public List<LoggedEvent> after(long position, long upTo, int limit) {
        return jdbc.query("select " + AuditEntries.EVENT_COLUMNS
                + " from audit_log where sequence_no > ? and sequence_no <= ? order by sequence_no limit ?",
                AuditEntries.EVENT, position, upTo, limit);
    }

    @Override
    public List<LoggedEvent> entries(long[] sequenceNos) {
        Long[] numbers = new Long[sequenceNos.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = sequenceNos[i];
        }
        return jdbc.query("select " + AuditEntries.EVENT_COLUMNS
                + " from audit_log where sequence_no = any(?) order by sequence_no", AuditEntries.EVENT, (Object) numbers);
    }

    /**
     * Streams the entries after {@code from} up to {@code to} to {@code sink} in batches, in log order. One
     * thread reads the database with a cursor while the caller's thread applies the previous batch, so a
     * replay uses both the database's and the projection's time at once.
     */
    public void stream(long from, long to, int batchSize, BatchSink sink) throws InterruptedException {
        BlockingQueue<List<LoggedEvent>> batches = new ArrayBlockingQueue<>(8);
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = new Thread(() -> {
            try {
                read(from, to, batchSize, batches);
                batches.put(END);
            } catch (RuntimeException e) {
                failure[0] = e;
                batches.clear();
                batches.offer(END);
            } catch (InterruptedException e) {
                // the caller stopped taking batches
                Thread.currentThread().interrupt();
            }
        }, "audit-log-replay-reader");
        reader.start();
        try {
            while (true) {
                List<LoggedEvent> batch = batches.poll(1, TimeUnit.SECONDS);
                if (batch == END) {
                    break;
                }
                if (batch != null) {
                    sink.accept(batch);
                }
            }
        } finally {
            reader.interrupt();
            reader.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void read(long from, long to, int batchSize, BlockingQueue<List<LoggedEvent>> batches)
            throws InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement s = connection.prepareStatement("select " + AuditEntries.EVENT_COLUMNS
                    + " from audit_log where sequence_no > ? and sequence_no <= ? order by sequence_no")) {
                s.setFetchSize(FETCH);
                s.setLong(1, from);
                s.setLong(2, to);
                try (ResultSet rs = s.executeQuery()) {
                    List<LoggedEvent> batch = new ArrayList<>(batchSize);
                    while (rs.next()) {
                        batch.add(AuditEntries.event(rs));
                        if (batch.size() == batchSize) {
                            batches.put(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.put(batch);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log: " + e.getMessage(), e);
        }
    }

    /** Receives one batch of a stream. */
    @FunctionalInterface
    public interface BatchSink {
        void accept(List<LoggedEvent> batch) throws InterruptedException;
    }
}
