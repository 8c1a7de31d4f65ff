package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order failed (失败) with the reason shown in 处理结果查询; a retryable failure may be resubmitted. */
@Revision("1")
public record OrderFailed(String orderId, String unitId, String auditNumber, String reasonCode, String reason,
                          boolean retryable, Instant failedAt) {
}
