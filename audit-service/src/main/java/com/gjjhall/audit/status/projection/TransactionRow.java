package com.gjjhall.audit.status.projection;

import java.time.Instant;
import java.util.Arrays;

/**
 * One business transaction in the processing-status view: a remittance or back-payment order (known by
 * its order id, and after review by its audit number), or an account business done at once.
 *
 * @param stateAt  the business time of the event that set the state: an event from before it (a late
 *                 delivery from another topic) cannot move the state back
 * @param subject  for account business, the personal account concerned
 * @param timeline the log entries of the transaction, in log order
 */
public record TransactionRow(String transactionId, String unitId, TransactionKind kind, String auditNumber,
                             TransactionState state, String reason, Instant stateAt, Long totalFen,
                             String settlementMethod, String subject, Instant startedAt, Instant updatedAt,
                             long[] timeline) {

    static TransactionRow started(String transactionId, String unitId) {
        return new TransactionRow(transactionId, unitId, null, null, null, null, null, null, null, null, null, null,
                new long[0]);
    }

    /** The entry joins the timeline (once, in log order); the first and last business times follow it. */
    TransactionRow withEntry(long sequenceNo, Instant at) {
        int i = Arrays.binarySearch(timeline, sequenceNo);
        long[] entries = timeline;
        if (i < 0) {
            int at0 = -i - 1;
            entries = new long[timeline.length + 1];
            System.arraycopy(timeline, 0, entries, 0, at0);
            entries[at0] = sequenceNo;
            System.arraycopy(timeline, at0, entries, at0 + 1, timeline.length - at0);
        }
        Instant first = startedAt == null || at.isBefore(startedAt) ? at : startedAt;
        Instant last = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt;
        return new TransactionRow(transactionId, unitId, kind, auditNumber, state, reason, stateAt, totalFen,
                settlementMethod, subject, first, last, entries);
    }

    /**
     * Moves to {@code next} unless the transaction is closed (成功, 撤销, 失效) or {@code at} is older than
     * the event that set the current state.
     */
    TransactionRow withState(TransactionState next, String why, Instant at) {
        if (state != null && (state.terminal() || at.isBefore(stateAt))) {
            return this;
        }
        return new TransactionRow(transactionId, unitId, kind, auditNumber, next, why, at, totalFen,
                settlementMethod, subject, startedAt, updatedAt, timeline);
    }

    TransactionRow withFacts(String unit, TransactionKind newKind, String newAuditNumber, Long total,
                             String method, String newSubject) {
        return new TransactionRow(transactionId, unitId == null ? unit : unitId, newKind == null ? kind : newKind,
                newAuditNumber == null ? auditNumber : newAuditNumber, state, reason, stateAt,
                total == null ? totalFen : total, method == null ? settlementMethod : method,
                newSubject == null ? subject : newSubject, startedAt, updatedAt, timeline);
    }

    Object[] values() {
        return new Object[] {transactionId, unitId, kind == null ? null : kind.name(), auditNumber,
                state == null ? null : state.name(), reason, stateAt, totalFen, settlementMethod, subject, startedAt,
                updatedAt, timeline};
    }

    static TransactionRow of(Object[] v) {
        return new TransactionRow((String) v[0], (String) v[1], v[2] == null ? null : TransactionKind.valueOf((String) v[2]),
                (String) v[3], v[4] == null ? null : TransactionState.valueOf((String) v[4]), (String) v[5],
                (Instant) v[6], (Long) v[7], (String) v[8], (String) v[9], (Instant) v[10], (Instant) v[11],
                (long[]) v[12]);
    }
}
