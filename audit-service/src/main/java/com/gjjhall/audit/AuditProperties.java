package com.gjjhall.audit;

import com.gjjhall.contracts.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the audit service ({@code gjj.audit.*}).
 *
 * @param log   how the log reads Kafka
 * @param views how views follow and replay the log
 */
@ConfigurationProperties("gjj.audit")
public record AuditProperties(@DefaultValue Log log, @DefaultValue Views views) {

    /**
     * @param topics           topics logged; none configured means every platform topic ({@link Topics#all()})
     * @param maxBatch         records appended in one transaction at most
     * @param maintenanceLease how long a rebuild from Kafka holds the log without a heartbeat before live
     *                         appenders take over again (its process died)
     */
    public record Log(@DefaultValue List<String> topics, @DefaultValue("1000") int maxBatch,
                      @DefaultValue("30s") Duration maintenanceLease) {

        public List<String> topicsOrAll() {
            return topics.isEmpty() ? Topics.all() : topics;
        }
    }

    /**
     * @param batchSize       log entries a live projection applies per transaction at most
     * @param pollInterval    how often a live projection looks for entries when nothing woke it
     * @param liveCacheRows   view rows a live projection keeps in memory between batches
     * @param replayCacheRows view rows a replay keeps in memory before it writes them out and continues
     *                        from the database (bounds the heap, whatever the log's size); 0: one per 2 KiB
     *                        of the maximum heap (a row with its key and map entry takes about 0.5 KiB)
     * @param recentEntries   log entries a projection keeps at hand for events it set aside ({@link
     *                        com.gjjhall.audit.view.EntryWindow}); 0: one per 20 KiB of the maximum heap
     */
    public record Views(@DefaultValue("2000") int batchSize, @DefaultValue("250ms") Duration pollInterval,
                        @DefaultValue("50000") int liveCacheRows, @DefaultValue("0") int replayCacheRows,
                        @DefaultValue("0") int recentEntries) {

        public int recentEntriesOrAuto() {
            return recentEntries > 0 ? recentEntries
                    : (int) Math.min(1_000_000, Math.max(5_000, Runtime.getRuntime().maxMemory() / 20_480));
        }

        public int replayCacheRowsOrAuto() {
            return replayCacheRows > 0 ? replayCacheRows
                    : (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 2048);
        }
    }
}
