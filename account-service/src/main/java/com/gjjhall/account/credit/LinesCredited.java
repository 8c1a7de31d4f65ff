package com.gjjhall.account.credit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One part of a credited remittance was applied: how many lines were credited now and how many before. */
@Revision("1")
public record LinesCredited(String auditNumber, String orderId, String unitId, int part, int creditedLines,
                            int alreadyCreditedLines, long totalFen, Instant creditedAt) {
}
