package com.gjjhall.audit.view.live;

import com.gjjhall.audit.AuditProperties;
import com.gjjhall.audit.log.LogSignal;
import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.view.EntryWindow;
import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.LogReader;
import com.gjjhall.audit.view.TableCache;
import com.gjjhall.audit.view.ViewCatalog;
import com.gjjhall.audit.view.ViewVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every view's live version following the log: wakes when entries are appended (or polls), applies
 * the next entries in one transaction with the view's new position, and goes on while there are more.
 *
 * <p>One instance projects ({@link Leadership}). The view's {@code view_version} row is also locked for
 * each batch, with SKIP LOCKED: while a rebuild swaps versions, the projector skips the round. So each
 * live version has one writer, and the rows it keeps in memory stay true (it drops them whenever the
 * version or position it finds is not the one it left).
 */
@Component
public class LiveProjector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveProjector.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final List<Lane> lanes;
    private final ViewVersions versions;
    private final LogReader reader;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LogSignal signal;
    private final AuditProperties.Views settings;
    private final ApplicationEventPublisher published;
    private final Leadership leadership;
    private volatile boolean running;
    private Thread thread;

    LiveProjector(ViewCatalog catalog, ViewVersions versions, LogReader reader, JdbcTemplate jdbc,
                  TransactionTemplate transaction, LogSignal signal, AuditProperties properties,
                  ApplicationEventPublisher published, DataSource dataSource) {
        this.versions = versions;
        this.reader = reader;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.signal = signal;
        this.settings = properties.views();
        this.published = published;
        this.leadership = new Leadership(dataSource);
        this.lanes = catalog.all().stream().map(Lane::new).toList();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "audit-view-projector");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                if (!leadership.hold()) {
                    lanes.forEach(Lane::forget);
                    Thread.sleep(settings.pollInterval().toMillis() * 4);
                    continue;
                }
                long seen = signal.count();
                boolean more = false;
                for (Lane lane : lanes) {
                    more |= lane.step();
                }
                backoff = 0;
                if (!more) {
                    signal.awaitAfter(seen, settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                leadership.doubt();
                backoff = Math.min(MAX_BACKOFF.toMillis(), Math.max(200, backoff * 2));
                log.warn("a view could not follow the log, retrying in {} ms: {}", backoff, e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        leadership.release();
    }

    /** One view's progress through the log. */
    private final class Lane {

        private final LogProjection view;
        private boolean initialized;
        private TableCache cache;
        private EntryWindow window;
        private long position = -1;

        Lane(LogProjection view) {
            this.view = view;
        }

        /** Another instance projects now: what this one held is no longer true. */
        void forget() {
            cache = null;
            window = null;
        }

        /** @return true when there are more entries to apply right away */
        boolean step() {
            try {
                if (!initialized) {
                    transaction.executeWithoutResult(status -> versions.initialize(view));
                    initialized = true;
                }
                List<LoggedEvent> applied = transaction.execute(status -> applyNext());
                record(applied);
                return applied != null && applied.size() == settings.batchSize();
            } catch (RuntimeException e) {
                cache = null;
                initialized = false;
                throw e;
            }
        }

        private List<LoggedEvent> applyNext() {
            Optional<ViewVersions.Live> locked = versions.lockIfFree(view.name());
            if (locked.isEmpty()) {
                if (versions.live(view.name()).isEmpty()) {
                    // Not locked by a rebuild but gone: the database was lost and made anew. Set the view up again.
                    initialized = false;
                }
                return List.of();
            }
            ViewVersions.Live live = locked.get();
            if (cache == null || cache.version() != live.version() || position != live.position()) {
                window = new EntryWindow(settings.recentEntriesOrAuto(), reader);
                cache = TableCache.following(view, live.version(), jdbc, window);
            }
            List<LoggedEvent> events = reader.after(live.position(), Long.MAX_VALUE, settings.batchSize());
            position = live.position();
            if (events.isEmpty()) {
                return events;
            }
            for (LoggedEvent event : events) {
                window.add(event);
                view.apply(event, cache);
            }
            cache.flush();
            position = events.get(events.size() - 1).sequenceNo();
            versions.advance(view.name(), position);
            return events;
        }

        private void record(List<LoggedEvent> applied) {
            if (applied == null || applied.isEmpty()) {
                return;
            }
            cache.trim(settings.liveCacheRows());
            published.publishEvent(new ViewAdvanced(view.name(), applied, Instant.now()));
        }
    }
}
