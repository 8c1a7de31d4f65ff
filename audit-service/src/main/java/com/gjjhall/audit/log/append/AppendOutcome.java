package com.gjjhall.audit.log.append;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;

/**
 * What became of a batch offered to the log.
 *
 * @param positions after {@link Kind#APPENDED}: the next offset of each partition of the batch; after
 *                  {@link Kind#RESEEK}: every position the log holds (a partition not named starts from
 *                  its beginning)
 */
public record AppendOutcome(Kind kind, int appended, int duplicates, long lastSequenceNo,
                            Map<TopicPartition, Long> positions) {

    public enum Kind {
        /** logged (new events) or recognised (events logged before) */
        APPENDED,
        /** the log stands elsewhere in these partitions than the reader thought (a lost or restored
         * database, another instance): nothing was written, read again from the log's positions */
        RESEEK,
        /** a rebuild from Kafka holds the log: nothing was written, try again later */
        PAUSED
    }

    static AppendOutcome reseek(Map<TopicPartition, Long> positions) {
        return new AppendOutcome(Kind.RESEEK, 0, 0, 0, positions);
    }

    static AppendOutcome paused() {
        return new AppendOutcome(Kind.PAUSED, 0, 0, 0, Map.of());
    }
}
