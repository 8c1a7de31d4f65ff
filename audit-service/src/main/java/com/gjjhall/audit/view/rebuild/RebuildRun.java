package com.gjjhall.audit.view.rebuild;

import com.gjjhall.audit.AuditProperties;
import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.view.EntryWindow;
import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.LogReader;
import com.gjjhall.audit.view.TableCache;
import com.gjjhall.audit.view.ViewSchema;
import com.gjjhall.audit.view.ViewVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One rebuild, start to end: replay into the shadow in memory, write it with COPY, key and index it; then
 * either keep it ({@code upTo}) or catch up and swap it in (see {@link ViewRebuilder}). A failure fails the
 * job and drops the shadow; the live view is never touched but in the swap's one transaction.
 */
@Component
class RebuildRun {

    private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);
    private static final int REPLAY_BATCH = 2_000;
    private static final long PROGRESS_EVERY_MS = 500;
    private static final int STORED_DIFFERENCES = 1_000;

    private final ViewVersions versions;
    private final ViewSchema schema;
    private final LogReader reader;
    private final RebuildJobs jobs;
    private final ViewComparison comparison;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditProperties.Views settings;
    private final int replayCacheRows;

    RebuildRun(ViewVersions versions, ViewSchema schema, LogReader reader, RebuildJobs jobs, ViewComparison comparison,
               JdbcTemplate jdbc, TransactionTemplate transaction, AuditProperties properties) {
        this.versions = versions;
        this.schema = schema;
        this.reader = reader;
        this.jobs = jobs;
        this.comparison = comparison;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = properties.views();
        this.replayCacheRows = settings.replayCacheRowsOrAuto();
    }

    void run(LogProjection view, UUID id, int version, Instant upTo) {
        try {
            schema.createBare(view, version);
            long target = reader.head();
            EntryWindow window = new EntryWindow(settings.recentEntriesOrAuto(), reader);
            TableCache shadow = TableCache.replay(view, version, jdbc, window);
            replay(view, id, shadow, window, target, upTo);
            jobs.progress(id, "WRITING", target, target, target);
            shadow.flush();
            jobs.progress(id, "INDEXING", target, target, target);
            schema.addKeys(view, version);
            schema.createIndexes(view, version);
            if (upTo != null) {
                jobs.keep(id, target);
                return;
            }
            long position = catchUp(view, id, shadow, window, target);
            swap(view, id, shadow, window, position);
        } catch (Exception e) {
            log.warn("rebuild {} of view {} failed", id, view.name(), e);
            jobs.fail(id, String.valueOf(e.getMessage()));
            try {
                schema.drop(view, version);
            } catch (RuntimeException dropFailed) {
                log.warn("could not drop version {} of view {}: {}", version, view.name(), dropFailed.toString());
            }
        }
    }

    private void replay(LogProjection view, UUID id, TableCache shadow, EntryWindow window, long target, Instant upTo)
            throws InterruptedException {
        long[] processed = {0};
        long[] reported = {System.currentTimeMillis()};
        jobs.progress(id, "REPLAYING", 0, target, 0);
        reader.stream(0, target, REPLAY_BATCH, batch -> {
            for (LoggedEvent event : batch) {
                if (upTo == null || !event.occurredAt().isAfter(upTo)) {
                    window.add(event);
                    view.apply(event, shadow);
                }
            }
            processed[0] += batch.size();
            if (shadow.size() > replayCacheRows) {
                // rows written from now on may replace rows written before: upserts need the keys
                schema.addKeys(view, shadow.version());
                shadow.flush();
                shadow.trim(replayCacheRows);
            }
            long now = System.currentTimeMillis();
            if (now - reported[0] >= PROGRESS_EVERY_MS) {
                reported[0] = now;
                jobs.progress(id, "REPLAYING", processed[0], target, batch.get(batch.size() - 1).sequenceNo());
            }
        });
    }

    /** Applies what was logged during the replay, without holding anything, until little is left. */
    private long catchUp(LogProjection view, UUID id, TableCache shadow, EntryWindow window, long position) {
        while (true) {
            long head = reader.head();
            if (head - position <= settings.batchSize()) {
                return position;
            }
            jobs.progress(id, "CATCHING_UP", position, head, position);
            position = apply(view, shadow, window, position, head);
        }
    }

    private void swap(LogProjection view, UUID id, TableCache shadow, EntryWindow window, long shadowPosition) {
        jobs.progress(id, "SWAPPING", shadowPosition, shadowPosition, shadowPosition);
        transaction.executeWithoutResult(status -> {
            ViewVersions.Live live = versions.lock(view.name());
            long head = reader.head();
            apply(view, shadow, window, shadowPosition, head);
            EntryWindow recent = new EntryWindow(settings.batchSize(), reader);
            apply(view, TableCache.direct(view, live.version(), jdbc, recent), recent, live.position(), head);
            Differences differences = comparison.compare(view, live.version(), head, shadow.version(), head,
                    STORED_DIFFERENCES);
            jobs.storeDifferences(id, differences.shown());
            versions.swap(view.name(), shadow.version(), head, live.version());
            if (live.retiredVersion() != null) {
                schema.drop(view, live.retiredVersion());
            }
            jobs.swapped(id, head, live.version(), differences.total());
            log.info("view {} now reads version {} (rebuilt to entry {}; {} rows differed from version {})",
                    view.name(), shadow.version(), head, differences.total(), live.version());
        });
    }

    /** Applies the entries after {@code from} up to {@code to} and writes them; returns the new position. */
    private long apply(LogProjection view, TableCache cache, EntryWindow window, long from, long to) {
        long position = from;
        while (position < to) {
            List<LoggedEvent> events = reader.after(position, to, settings.batchSize());
            if (events.isEmpty()) {
                break;
            }
            for (LoggedEvent event : events) {
                window.add(event);
                view.apply(event, cache);
            }
            position = events.get(events.size() - 1).sequenceNo();
            cache.flush();
            cache.trim(replayCacheRows);
        }
        return position;
    }

}
