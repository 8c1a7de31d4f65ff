package com.gjjhall.audit.view.rebuild;

import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.InstanceId;
import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.ViewCatalog;
import com.gjjhall.audit.view.ViewSchema;
import com.gjjhall.audit.view.ViewVersions;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds a view by replaying the log into a new version of its tables (the shadow) while the live
 * version keeps answering and keeps following the log.
 *
 * <p>The replay reads the log up to its end at the start, in memory ({@code TableCache.replay}), writes
 * the rows with COPY and indexes them. Without {@code upTo} it then catches up with what was logged
 * meanwhile, and finally, holding the view's row in {@code view_version} (which pauses the live projector
 * for a moment), brings both versions to the same log position, compares them row by row, records the
 * differences and points the view at the new version, all in one transaction: operators' queries switch
 * atomically and never see a half-built view. The replaced version is kept until the next swap, for
 * queries that were already reading it.
 *
 * <p>With {@code upTo} the replay takes only the events that had happened by then (their own time, which
 * a log rebuilt from Kafka keeps) and the shadow is kept beside the live view for inspection and
 * comparison, never swapped in.
 */
@Component
public class ViewRebuilder implements DisposableBean {

    private final ViewCatalog catalog;
    private final ViewVersions versions;
    private final ViewSchema schema;
    private final RebuildJobs jobs;
    private final ViewComparison comparison;
    private final RebuildRun runs;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "audit-view-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ViewRebuilder(ViewCatalog catalog, ViewVersions versions, ViewSchema schema, RebuildJobs jobs,
                  ViewComparison comparison, RebuildRun runs) {
        this.catalog = catalog;
        this.versions = versions;
        this.schema = schema;
        this.jobs = jobs;
        this.comparison = comparison;
        this.runs = runs;
    }

    public RebuildJob start(String viewName, Instant upTo) {
        LogProjection view = view(viewName);
        jobs.failAbandoned(view.name()).forEach(job -> schema.drop(view, job.version()));
        int version = versions.nextVersion();
        UUID id = UUID.randomUUID();
        try {
            jobs.insert(id, view.name(), version, upTo, InstanceId.VALUE);
        } catch (DuplicateKeyException e) {
            throw new BusinessException(AuditError.REBUILD_IN_PROGRESS);
        }
        executor.execute(() -> runs.run(view, id, version, upTo));
        return job(viewName, id);
    }

    public RebuildJob job(String viewName, UUID id) {
        return jobs.find(view(viewName).name(), id).orElseThrow(() -> new BusinessException(AuditError.REBUILD_NOT_FOUND));
    }

    public List<RebuildJob> jobs(String viewName) {
        return jobs.recent(view(viewName).name(), 20);
    }

    /** A swapped-in rebuild: the differences found at the swap. A kept one: compared with the live view now. */
    public Differences differences(String viewName, UUID id, int max) {
        LogProjection view = view(viewName);
        RebuildJob job = job(viewName, id);
        if (job.running()) {
            throw new BusinessException(AuditError.REBUILD_IN_PROGRESS);
        }
        if ("SWAPPED".equals(job.phase())) {
            long total = job.differences() == null ? 0 : job.differences();
            return new Differences(jobs.comparedVersion(id), job.position(), job.version(), job.position(), total,
                    jobs.storedDifferences(id, max));
        }
        if (!job.kept()) {
            throw new BusinessException(AuditError.REBUILD_NOT_KEPT);
        }
        ViewVersions.Live live = versions.live(view.name()).orElseThrow();
        return comparison.compare(view, live.version(), live.position(), job.version(), job.position(), max);
    }

    /** Drops a kept shadow. */
    public void discard(String viewName, UUID id) {
        LogProjection view = view(viewName);
        RebuildJob job = job(viewName, id);
        if (!job.kept()) {
            throw new BusinessException(AuditError.REBUILD_NOT_KEPT);
        }
        schema.drop(view, job.version());
        jobs.discard(id);
    }

    /** The version a kept or running rebuild writes, for reading it. */
    public int keptVersion(String viewName, UUID id) {
        RebuildJob job = job(viewName, id);
        if (!job.kept()) {
            throw new BusinessException(AuditError.REBUILD_NOT_KEPT);
        }
        return job.version();
    }

    private LogProjection view(String name) {
        return catalog.find(name).orElseThrow(() -> new BusinessException(AuditError.VIEW_NOT_FOUND));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
