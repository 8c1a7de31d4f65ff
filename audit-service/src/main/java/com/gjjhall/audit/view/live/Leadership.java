package com.gjjhall.audit.view.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which instance projects the live views: the one holding a PostgreSQL session lock on a connection of its
 * own. The others stand by. One projector keeps its rows in memory across batches instead of instances
 * taking turns and re-reading them; if it dies (or the database drops its session), the lock goes with
 * it and another instance takes over.
 */
final class Leadership {

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);
    private static final long CHECK_EVERY_MS = 5_000;

    private final DataSource dataSource;
    private Connection held;
    private long checkedAt;

    Leadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True while this instance projects; tries to become the projector when it is not. */
    boolean hold() {
        long now = System.currentTimeMillis();
        if (held != null && now - checkedAt < CHECK_EVERY_MS) {
            return true;
        }
        checkedAt = now;
        try {
            if (held != null && held.isValid(2)) {
                return true;
            }
            release();
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("select pg_try_advisory_lock(hashtext('gjj.audit.live-projection'))")) {
                if (rs.next() && rs.getBoolean(1)) {
                    held = connection;
                    log.info("this instance projects the live views");
                    return true;
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            release();
            return false;
        }
    }

    /** After a failure: make sure the lock is still held before the next round. */
    void doubt() {
        checkedAt = 0;
    }

    void release() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                log.debug("closing the projector's lock connection: {}", e.toString());
            }
            held = null;
        }
    }
}
