package com.gjjhall.audit.log.query;

import java.time.Instant;

/**
 * What ops looks for in the log; every part is optional and they combine.
 *
 * @param unit        entries naming the unit, and every entry of the unit's transactions (bank answers,
 *                    transfers and refunds name no unit themselves)
 * @param transaction every entry of the transaction this identifier names (order id, audit number, debit,
 *                    instruction or transfer id), or of the aggregate it is the id of
 * @param type        an event type, with its version ({@code remittance.RemittanceEntered.v1}) or without
 * @param subject     the aggregate the events are about (the Kafka record key)
 * @param from        events that happened at or after
 * @param to          events that happened before
 */
public record LogFilter(String unit, String transaction, String type, String subject, Instant from, Instant to) {
}
