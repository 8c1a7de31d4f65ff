package com.gjjhall.audit.log.query;

import com.gjjhall.audit.log.AuditEntry;

import java.util.List;

/**
 * Entries in log order.
 *
 * @param next pass as {@code after} for the next page; null when there is no more
 */
public record LogPage(List<AuditEntry> entries, Long next) {
}
