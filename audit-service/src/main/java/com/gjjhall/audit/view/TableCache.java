package com.gjjhall.audit.view;

import com.gjjhall.audit.log.LoggedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a view's rows as a projection sees them: rows read are held, rows changed are written
 * at {@link #flush}.
 *
 * <p>What makes it fast is knowing which keys the tables hold, so that a new key (most keys a projection
 * asks for: a new order, a new link) costs no database round trip, and new rows are written with COPY
 * rather than upserted. A <em>replay</em> into a fresh, empty version knows it from the start; the live
 * projector's cache ({@link #following}) reads the keys once, and from then on it is the version's only
 * writer (it holds the view's lock for every batch) and keeps them up to date. A {@link #direct} cache knows
 * nothing: every miss is a lookup, every write an upsert (queries, and the few entries a swap applies).
 *
 * <p>Keys are kept as 64-bit hashes ({@link KeyHashes}); when too many rows are held the least recently
 * used half is forgotten ({@link #trim}), so the heap stays bounded whatever the log's size, and only a row
 * forgotten and needed again costs a lookup.
 *
 * <p>Not thread-safe: one projection thread uses it.
 */
public final class TableCache implements ViewState {

    private static final Object ABSENT = new Object();

    private final LogProjection view;
    private final int version;
    private final JdbcTemplate jdbc;
    private final LogEntries log;
    private final Map<ViewTable<?>, LinkedHashMap<String, Object>> rows = new IdentityHashMap<>();
    private final Map<ViewTable<?>, Set<String>> dirty = new IdentityHashMap<>();
    private final Map<ViewTable<?>, TableWriter> writers = new IdentityHashMap<>();
    /** Hashes of every key the tables may hold; null when unknown ({@link #direct}). */
    private final Map<ViewTable<?>, KeyHashes> written;
    private int size;

    private TableCache(LogProjection view, int version, JdbcTemplate jdbc, LogEntries log, boolean knowsKeys) {
        this.view = view;
        this.version = version;
        this.jdbc = jdbc;
        this.log = log;
        this.written = knowsKeys ? new IdentityHashMap<>() : null;
        for (ViewTable<?> table : view.tables()) {
            rows.put(table, new LinkedHashMap<>(1024, 0.75f, true));
            dirty.put(table, new HashSet<>());
            writers.put(table, new TableWriter(jdbc, table, name(table)));
            if (knowsKeys) {
                written.put(table, new KeyHashes());
            }
        }
    }

    /** Over a version just created, empty. */
    public static TableCache replay(LogProjection view, int version, JdbcTemplate jdbc, LogEntries log) {
        return new TableCache(view, version, jdbc, log, true);
    }

    /** For the version's only writer: reads which keys it holds, once. */
    public static TableCache following(LogProjection view, int version, JdbcTemplate jdbc, LogEntries log) {
        TableCache cache = new TableCache(view, version, jdbc, log, true);
        for (ViewTable<?> table : view.tables()) {
            KeyHashes keys = cache.written.get(table);
            jdbc.query("select " + table.keyColumn() + " from " + cache.name(table), rs -> {
                keys.add(rs.getString(1));
            });
        }
        return cache;
    }

    /** Knows nothing of the tables: every miss is a lookup, every write an upsert. */
    public static TableCache direct(LogProjection view, int version, JdbcTemplate jdbc, LogEntries log) {
        return new TableCache(view, version, jdbc, log, false);
    }

    public int version() {
        return version;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R find(ViewTable<R> table, String key) {
        Map<String, Object> held = held(table);
        Object row = held.get(key);
        if (row == null) {
            boolean mayBeStored = written == null || written.get(table).mayContain(key);
            Object loaded = mayBeStored ? writers.get(table).load(key) : null;
            row = loaded == null ? ABSENT : loaded;
            held.put(key, row);
            size++;
        }
        return row == ABSENT ? null : (R) row;
    }

    @Override
    public <R> void put(ViewTable<R> table, R row) {
        String key = table.key().apply(row);
        if (held(table).put(key, row) == null) {
            size++;
        }
        dirty.get(table).add(key);
    }

    @Override
    public void remove(ViewTable<?> table, String key) {
        if (held(table).put(key, ABSENT) == null) {
            size++;
        }
        dirty.get(table).add(key);
    }

    @Override
    public List<LoggedEvent> entries(long[] sequenceNos) {
        return log.entries(sequenceNos);
    }

    /** Rows held, changed or not. */
    public int size() {
        return size;
    }

    /** Writes every changed row: rows certainly new with COPY, the others upserted (or deleted). */
    public void flush() {
        for (ViewTable<?> table : view.tables()) {
            Set<String> keys = dirty.get(table);
            if (keys.isEmpty()) {
                continue;
            }
            KeyHashes stored = written == null ? null : written.get(table);
            List<Object[]> fresh = new ArrayList<>();
            List<Object[]> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (String key : keys) {
                Object row = held(table).get(key);
                boolean mayBeStored = stored == null || stored.mayContain(key);
                if (row == ABSENT) {
                    if (mayBeStored) {
                        removed.add(key);
                    }
                    continue;
                }
                (mayBeStored ? changed : fresh).add(values(table, row));
                if (stored != null) {
                    stored.add(key);
                }
            }
            TableWriter writer = writers.get(table);
            writer.copy(fresh);
            writer.delete(removed);
            writer.upsert(changed);
            keys.clear();
        }
    }

    /** After a {@link #flush}: when more than {@code maxRows} are held, forgets the least recently used half. */
    public void trim(int maxRows) {
        if (size <= maxRows) {
            return;
        }
        for (ViewTable<?> table : view.tables()) {
            if (!dirty.get(table).isEmpty()) {
                throw new IllegalStateException("changed rows of " + view.name() + "." + table.name() + " were not written");
            }
            LinkedHashMap<String, Object> held = rows.get(table);
            int forget = held.size() / 2;
            Iterator<String> eldest = held.keySet().iterator();
            for (int i = 0; i < forget; i++) {
                eldest.next();
                eldest.remove();
                size--;
            }
        }
    }

    private Map<String, Object> held(ViewTable<?> table) {
        Map<String, Object> held = rows.get(table);
        if (held == null) {
            throw new IllegalArgumentException(table.name() + " is not a table of view " + view.name());
        }
        return held;
    }

    @SuppressWarnings("unchecked")
    private static <R> Object[] values(ViewTable<R> table, Object row) {
        return table.toValues().apply((R) row);
    }

    private String name(ViewTable<?> table) {
        return ViewSchema.table(view, table, version);
    }
}
