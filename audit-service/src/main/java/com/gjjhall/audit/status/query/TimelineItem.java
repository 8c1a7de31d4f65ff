package com.gjjhall.audit.status.query;

import java.time.Instant;

/**
 * One step of a transaction, as the operator reads it.
 *
 * @param at       when it happened
 * @param service  who reported it, e.g. {@code /remittance-service}, or the bank
 * @param operator the login name of the operator who did it, when an operator did
 */
public record TimelineItem(long sequenceNo, Instant at, String service, String eventType, String description,
                           String operator) {
}
